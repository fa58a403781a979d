package org.kring.discussion.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.discussion.internal.DiscussionInvalid.Problem;
import org.kring.discussion.web.DiscussionPages.Paging;

/**
 * The models of the moderation pages, one record per page, and the parts they share.
 */
public final class ModerationPages {

	private ModerationPages() {
	}

	/**
	 * The address of a community's moderation queue.
	 * @param community the community
	 * @return such as {@code /communities/…/moderation}
	 */
	public static String queuePath(CommunitySummary community) {
		return "/communities/" + community.slug() + "/moderation";
	}

	/**
	 * The message key that names a moderation action on its button.
	 * @param action such as {@code hide}, {@code keep} or {@code unblock}
	 * @return such as {@code discussion.moderation.hide}
	 */
	public static String actionKey(String action) {
		return "discussion.moderation." + action;
	}

	/**
	 * The moderation queue: the flagged posts of one community, or of every community the
	 * reader moderates.
	 *
	 * @param community the community, or null for the queue of all the reader moderates
	 * @param items one page of flagged posts
	 * @param paging where the page is among the others
	 * @param blocked the people blocked from the community, none for all communities
	 * @param back this page's address, where the actions come back to
	 */
	public record Queue(@Nullable CommunitySummary community, List<Item> items, Paging paging,
			List<BlockedPerson> blocked, String back) {

		public @Nullable String logPath() {
			return (this.community != null) ? queuePath(this.community) + "/log" : null;
		}

	}

	/**
	 * A flagged post in the queue, with its context and the actions on it.
	 *
	 * @param id the post
	 * @param community the name of its community
	 * @param threadTitle the title of its thread
	 * @param link where the post is read in its thread
	 * @param author who wrote it
	 * @param when when, for people
	 * @param whenIso when, for machines
	 * @param html its text as safe HTML
	 * @param hidden whether it is hidden from all but moderators
	 * @param flags its open flags, the oldest first
	 * @param quoted the post it quotes, or null
	 * @param actions the address its actions go to, without the action
	 * @param authorBlocked whether its author is blocked from the community
	 */
	public record Item(UUID id, String community, String threadTitle, String link, String author, String when,
			String whenIso, String html, boolean hidden, List<Flag> flags, @Nullable Quoted quoted, String actions,
			boolean authorBlocked) {
	}

	/**
	 * A member's flag of a post.
	 *
	 * @param flagger who flagged it
	 * @param reason why
	 * @param when when, for people
	 * @param whenIso when, for machines
	 */
	public record Flag(String flagger, String reason, String when, String whenIso) {
	}

	/**
	 * The post a flagged post quotes.
	 *
	 * @param author who wrote it
	 * @param html its text as safe HTML, empty when deleted
	 * @param deleted whether it was deleted
	 */
	public record Quoted(String author, String html, boolean deleted) {
	}

	/**
	 * A person blocked from a community.
	 *
	 * @param id the person
	 * @param name their name
	 * @param reason why they were blocked
	 * @param when when, for people
	 * @param whenIso when, for machines
	 * @param unblock where the form to lift the block goes
	 */
	public record BlockedPerson(UUID id, String name, String reason, String when, String whenIso, String unblock) {
	}

	/**
	 * A page of a community's moderation log.
	 *
	 * @param community the community
	 * @param entries the entries, the most recent first
	 * @param paging where the page is among the others
	 */
	public record Log(CommunitySummary community, List<LogEntry> entries, Paging paging) {

		public String queuePath() {
			return ModerationPages.queuePath(this.community);
		}

	}

	/**
	 * An entry of the moderation log.
	 *
	 * @param moderator who acted
	 * @param actionKey the message key of what they did
	 * @param person whom it concerned, or null
	 * @param postLink where the post it concerned is read, or null
	 * @param reason why
	 * @param when when, for people
	 * @param whenIso when, for machines
	 */
	public record LogEntry(String moderator, String actionKey, @Nullable String person, @Nullable String postLink,
			String reason, String when, String whenIso) {
	}

	/**
	 * A moderation action's form shown again because of a problem with its reason.
	 *
	 * @param community the community
	 * @param action what the moderator does, such as {@code hide}
	 * @param path where the form goes
	 * @param reason the reason typed
	 * @param errors the problems, by field
	 * @param back where to come back to after the action
	 */
	public record ActionForm(CommunitySummary community, String action, String path, String reason,
			Map<String, Problem> errors, String back) {
	}

	/**
	 * The refusal a person blocked from a community's discussions gets when they try to
	 * write there.
	 *
	 * @param community the community
	 */
	public record Blocked(CommunitySummary community) {

		public String back() {
			return DiscussionPages.listPath(this.community);
		}

	}

}
