package org.kring.discussion.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.kring.account.PersonalData;
import org.kring.account.PersonalDataRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the discussions hold about a person: the threads they started, their posts with
 * their files, and their flags with the reasons. Erasure deletes their posts as they
 * could themselves (the text, earlier versions and files go; the place in the thread
 * stays, so that others' replies keep their order), then the threads they started that
 * nobody else wrote in, and forgets their flags. The search forgets the deleted posts and
 * threads with them.
 */
@Component
class DiscussionPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Posts posts;

	private final PostRevisions revisions;

	private final PostFlags flags;

	private final Attachments attachments;

	private final DiscussionThreads threads;

	DiscussionPersonalData(JdbcClient jdbc, Posts posts, PostRevisions revisions, PostFlags flags,
			Attachments attachments, DiscussionThreads threads) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.revisions = revisions;
		this.flags = flags;
		this.attachments = attachments;
		this.threads = threads;
	}

	@Override
	public String section() {
		return "discussions";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		Map<String, Object> data = new LinkedHashMap<>();
		PersonalDataRows.put(data, "threads",
				PersonalDataRows.of(this.jdbc,
						"select id, community_id, title, created_at from discussion_thread where author_id = ?"
								+ " and deleted = false order by created_at",
						personId));
		PersonalDataRows.put(data, "posts",
				PersonalDataRows.of(this.jdbc,
						"select p.id, p.thread_id, t.title as thread_title, p.created_at, p.edited_at, p.body"
								+ " from discussion_post p join discussion_thread t on t.id = p.thread_id"
								+ " where p.author_id = ? and p.deleted = false order by p.created_at",
						personId));
		PersonalDataRows.put(data, "files",
				PersonalDataRows.of(this.jdbc,
						"select a.post_id, a.original_name, a.content_type, a.size_bytes, a.sha256"
								+ " from discussion_attachment a join discussion_post p on p.id = a.post_id"
								+ " where p.author_id = ? order by a.created_at, a.position",
						personId));
		PersonalDataRows.put(data, "flags", PersonalDataRows.of(this.jdbc,
				"select post_id, reason, created_at from discussion_flag where person_id = ? order by created_at",
				personId));
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		for (Post post : this.posts.findByAuthorIdAndDeletedFalse(personId)) {
			post.delete();
			this.revisions.forget(post.id());
			this.attachments.forget(post.id());
		}
		this.posts.flush();
		this.threads.startedBy(personId)
			.stream()
			.filter((thread) -> this.posts.countWrittenByOthers(thread.id(), personId) == 0)
			.forEach(DiscussionThread::delete);
		this.flags.deleteByPersonId(personId);
	}

}
