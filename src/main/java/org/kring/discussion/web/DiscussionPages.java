package org.kring.discussion.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.discussion.internal.DiscussionInvalid.Problem;
import org.kring.meeting.MeetingTitles;
import org.kring.meeting.ThemeTitles;

/**
 * The models of the discussion pages, one record per page, and the parts they share.
 */
public final class DiscussionPages {

	private DiscussionPages() {
	}

	/**
	 * The address of a community's discussions.
	 * @param community the community
	 * @return such as {@code /communities/…/discussions}
	 */
	public static String listPath(CommunitySummary community) {
		return "/communities/" + community.slug() + "/discussions";
	}

	/**
	 * The list of a community's threads.
	 *
	 * @param community the community
	 * @param threads one page of its threads
	 * @param paging where the page is among the others
	 * @param canStart whether the reader may start a thread
	 * @param moderates whether the reader moderates the community, and sees the way to
	 * its moderation queue
	 */
	public record ThreadList(CommunitySummary community, List<ThreadRow> threads, Paging paging, boolean canStart,
			boolean moderates) {

		public String path() {
			return listPath(this.community);
		}

	}

	/**
	 * A thread in the list.
	 *
	 * @param path the thread's address
	 * @param title its title
	 * @param author who started it
	 * @param lastActivity when someone last wrote in it, for people
	 * @param lastActivityIso the same, for machines
	 * @param replies how many replies it has
	 * @param pinned whether it is pinned
	 * @param locked whether it is locked
	 * @param openToPublic whether the public reads it
	 */
	public record ThreadRow(String path, String title, String author, String lastActivity, String lastActivityIso,
			int replies, boolean pinned, boolean locked, boolean openToPublic) {
	}

	/**
	 * Where a page is among the others.
	 *
	 * @param page the page, from 0
	 * @param pages how many there are, at least 1
	 * @param path the address of the first page, without a query
	 */
	public record Paging(int page, int pages, String path) {

		public int number() {
			return this.page + 1;
		}

		public @Nullable String previous() {
			return (this.page > 0) ? at(this.page - 1) : null;
		}

		public @Nullable String next() {
			return (this.page + 1 < this.pages) ? at(this.page + 1) : null;
		}

		public String at(int page) {
			return (page == 0) ? this.path : this.path + "?page=" + page;
		}

	}

	/**
	 * The form to start a thread.
	 *
	 * @param community the community
	 * @param title the title typed
	 * @param text the text typed
	 * @param meeting the meeting chosen, or null
	 * @param openToPublic whether the thread is to be public
	 * @param meetings the community's meetings to choose from
	 * @param theme the theme chosen, or null
	 * @param themes the community's open themes to choose from
	 * @param publicAllowed whether the community is public, so its threads may be
	 * @param errors the problems, by field
	 */
	public record ThreadForm(CommunitySummary community, String title, String text, @Nullable UUID meeting,
			boolean openToPublic, List<MeetingTitles.Titled> meetings, @Nullable UUID theme,
			List<ThemeTitles.Titled> themes, boolean publicAllowed, Map<String, Problem> errors) {

		public String action() {
			return listPath(this.community) + "/new";
		}

		public String back() {
			return listPath(this.community);
		}

		public boolean chosen(MeetingTitles.Titled meeting) {
			return meeting.id().equals(this.meeting);
		}

		public boolean chosen(ThemeTitles.Titled theme) {
			return theme.id().equals(this.theme);
		}

	}

	/**
	 * A thread's page: one page of its posts, the reply form and what facilitators do.
	 *
	 * @param community the community
	 * @param thread the thread
	 * @param meeting the meeting it is about, or null
	 * @param theme the theme it is about, or null
	 * @param posts one page of its posts
	 * @param paging where the page is among the others
	 * @param reply the reply form, or null when the reader may not reply
	 * @param facilitates whether the reader pins, locks and moves the thread
	 * @param moveTargets the communities the reader may move it to
	 */
	public record ThreadPage(CommunitySummary community, ThreadView thread, MeetingTitles.@Nullable Titled meeting,
			ThemeTitles.@Nullable Titled theme, List<PostView> posts, Paging paging, @Nullable Reply reply,
			boolean facilitates, List<CommunitySummary> moveTargets) {
	}

	/**
	 * A thread as its page shows it.
	 *
	 * @param path its address
	 * @param title its title
	 * @param pinned whether it is pinned
	 * @param locked whether it is locked
	 * @param openToPublic whether the public reads it
	 */
	public record ThreadView(String path, String title, boolean pinned, boolean locked, boolean openToPublic) {
	}

	/**
	 * The reply form.
	 *
	 * @param text the text typed, or a quote to start from
	 * @param quoted the post it quotes, or null
	 * @param errors the problems, by field
	 */
	public record Reply(String text, @Nullable UUID quoted, Map<String, Problem> errors) {
	}

	/**
	 * A post as a thread's page shows it.
	 *
	 * @param id the post
	 * @param number its place in the thread, from 1
	 * @param author who wrote it
	 * @param when when, for people
	 * @param whenIso when, for machines
	 * @param html its text as safe HTML, empty when deleted
	 * @param edited whether it was edited
	 * @param deleted whether it was deleted
	 * @param usefulTip whether the thread's author marked it a useful tip
	 * @param quotedAuthor who wrote the post it quotes, or null
	 * @param quotedPath the address of the post it quotes, or null
	 * @param own whether the reader wrote it, and may edit and delete it
	 * @param canQuote whether the reader may quote it
	 * @param canMarkTip whether the reader may mark it a useful tip
	 * @param path the address of the post's actions
	 * @param quotePath the thread's page with the reply form quoting it
	 * @param moderation whether members' flags hid it, and what the reader may do about
	 * flags
	 * @param files its attached files, none when its text is not shown
	 */
	public record PostView(UUID id, int number, String author, String when, String whenIso, String html, boolean edited,
			boolean deleted, boolean usefulTip, @Nullable String quotedAuthor, @Nullable String quotedPath, boolean own,
			boolean canQuote, boolean canMarkTip, String path, String quotePath, Moderation moderation,
			List<FileView> files) {
	}

	/**
	 * A file attached to a post.
	 *
	 * @param name the name it was uploaded with
	 * @param path its address
	 * @param image whether it is an image, shown as such
	 * @param kilobytes its size in kilobytes, at least 1
	 */
	public record FileView(String name, String path, boolean image, long kilobytes) {
	}

	/**
	 * A post's flags as a reader sees them.
	 *
	 * @param hidden whether members' flags or a moderator hid the post
	 * @param canFlag whether the reader may flag it
	 * @param canRestore whether the reader moderates, and may show it again
	 * @param canHide whether the reader moderates, and may hide it
	 * @param path where a moderator's actions on it go, without the action
	 */
	public record Moderation(boolean hidden, boolean canFlag, boolean canRestore, boolean canHide, String path) {
	}

	/**
	 * The form to edit a post.
	 *
	 * @param community the community
	 * @param thread the thread
	 * @param action where the form goes
	 * @param text the text typed
	 * @param errors the problems, by field
	 */
	public record PostEdit(CommunitySummary community, ThreadView thread, String action, String text,
			Map<String, Problem> errors) {
	}

	/**
	 * A post's earlier versions.
	 *
	 * @param community the community
	 * @param thread the thread
	 * @param author who wrote the post
	 * @param currentHtml its text now
	 * @param revisions the earlier versions, the most recent first
	 */
	public record History(CommunitySummary community, ThreadView thread, String author, String currentHtml,
			List<Revision> revisions) {
	}

	/**
	 * An earlier version of a post.
	 *
	 * @param editor who replaced it
	 * @param when when, for people
	 * @param whenIso when, for machines
	 * @param html the text it held
	 */
	public record Revision(String editor, String when, String whenIso, String html) {
	}

	/**
	 * A step refused because of the thread's state.
	 *
	 * @param community the community
	 * @param messageKey why
	 * @param back where to go from here
	 */
	public record Refused(CommunitySummary community, String messageKey, String back) {
	}

}
