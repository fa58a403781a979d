package org.kring.result.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.MeetingTitles;
import org.kring.result.internal.Listing;
import org.kring.result.internal.ToolRow;
import org.kring.result.internal.ToolboxSearch;
import org.kring.system.web.Markdown;

/**
 * A community's toolbox: one page of its tools, the newest first, with their links and
 * the meetings they came from.
 *
 * @param community the community
 * @param tools this page of tools
 * @param meetings the meetings the tools came from, by id
 * @param search what was sought
 * @param facilitator whether the reader adds and edits tools
 */
public record ToolboxPage(CommunitySummary community, Listing<ToolRow> tools, Map<UUID, MeetingTitles.Titled> meetings,
		ToolboxSearch search, boolean facilitator) {

	public String path() {
		return ToolboxPaths.tools(this.community);
	}

	public String newPath() {
		return path() + "/new";
	}

	public String editPath(ToolRow tool) {
		return "/tools/" + tool.id() + "/edit";
	}

	/**
	 * The address of another page of the same search.
	 * @param page the page, from 1
	 * @return the path with its query
	 */
	public String pageLink(int page) {
		return ToolboxPaths.page(path(), this.search, page);
	}

	/**
	 * A tool's description as safe HTML.
	 * @param tool the tool
	 * @return the HTML, empty without a description
	 */
	public String description(ToolRow tool) {
		return (tool.description() != null) ? Markdown.toHtml(tool.description()) : "";
	}

	public MeetingTitles.@Nullable Titled meeting(ToolRow tool) {
		return (tool.meetingId() != null) ? this.meetings.get(tool.meetingId()) : null;
	}

}
