package org.kring.result.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.MeetingTitles;
import org.kring.result.internal.LegislationRow;
import org.kring.result.internal.Listing;
import org.kring.result.internal.ToolboxSearch;

/**
 * A community's register of legislation tested in practice: one page of entries, the
 * newest first, each with the meeting it came from and the signal it became.
 *
 * @param community the community
 * @param entries this page of entries
 * @param meetings the meetings the entries came from, by id
 * @param search what was sought
 * @param facilitator whether the reader writes entries
 */
public record LegislationRegisterPage(CommunitySummary community, Listing<LegislationRow> entries,
		Map<UUID, MeetingTitles.Titled> meetings, ToolboxSearch search, boolean facilitator) {

	/** How much of a finding or recommendation the list shows. */
	private static final int EXCERPT = 280;

	public String path() {
		return ToolboxPaths.legislationTests(this.community);
	}

	public String newPath() {
		return path() + "/new";
	}

	public String entryPath(LegislationRow entry) {
		return "/legislation-tests/" + entry.id();
	}

	public String signalPath(LegislationRow entry) {
		return "/signals/" + entry.signalId();
	}

	public String pageLink(int page) {
		return ToolboxPaths.page(path(), this.search, page);
	}

	public MeetingTitles.@Nullable Titled meeting(LegislationRow entry) {
		return (entry.meetingId() != null) ? this.meetings.get(entry.meetingId()) : null;
	}

	/**
	 * The start of a long text, for the list.
	 * @param text a finding or recommendation
	 * @return at most {@value #EXCERPT} characters of it, ending in … when cut
	 */
	public static String excerpt(String text) {
		if (text.length() <= EXCERPT) {
			return text;
		}
		int end = EXCERPT;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end).stripTrailing() + "…";
	}

}
