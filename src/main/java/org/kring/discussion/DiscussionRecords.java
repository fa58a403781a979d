package org.kring.discussion;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.discussion.internal.DiscussionThreads;
import org.kring.discussion.internal.Discussions;
import org.kring.discussion.internal.ThreadDraft;
import org.kring.system.ActingPerson;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the instance puts in discussions of its own, such as the demo's: threads started
 * and answered by members through the same steps as on the pages, so that their rules
 * (membership, a new member's limits) and notifications apply.
 */
@Service
@Transactional
public class DiscussionRecords {

	private final Discussions discussions;

	private final DiscussionThreads threads;

	private final AccountManagement accounts;

	DiscussionRecords(Discussions discussions, DiscussionThreads threads, AccountManagement accounts) {
		this.discussions = discussions;
		this.threads = threads;
		this.accounts = accounts;
	}

	/**
	 * Whether any thread was started.
	 * @return true when there is one
	 */
	@Transactional(readOnly = true)
	public boolean hasThreads() {
		return this.threads.count() > 0;
	}

	/**
	 * A member starts a thread.
	 * @param communityId the community
	 * @param authorId who starts it, a member
	 * @param title its title
	 * @param text its opening post, in Markdown
	 * @param openToPublic whether the public reads it (the community must be public)
	 * @return the thread's id
	 */
	public UUID start(UUID communityId, UUID authorId, String title, String text, boolean openToPublic) {
		return this.discussions.start(acting(authorId), communityId, new ThreadDraft(title, text, null, openToPublic))
			.id();
	}

	/**
	 * A member replies, maybe quoting a post of the thread.
	 * @param threadId the thread
	 * @param authorId who replies, a member
	 * @param text the reply, in Markdown
	 * @param quotedPostId the post quoted, or null
	 * @return the reply's id
	 */
	public UUID reply(UUID threadId, UUID authorId, String text, @Nullable UUID quotedPostId) {
		return this.discussions.reply(acting(authorId), threadId, text, quotedPostId).id();
	}

	/**
	 * The thread's author marks a reply as a useful tip.
	 * @param threadId the thread
	 * @param authorId the thread's author
	 * @param postId the reply
	 */
	public void markTip(UUID threadId, UUID authorId, UUID postId) {
		this.discussions.markTip(acting(authorId), threadId, postId, true);
	}

	private KringPrincipal acting(UUID personId) {
		return new ActingPerson(personId, this.accounts.displayNameOf(personId));
	}

}
