package org.kring.meeting.web;

import java.util.List;

import org.kring.community.CommunitySummary;

/**
 * A community's meetings: the upcoming ones, the latest past ones, and for planners the
 * community's series.
 *
 * @param community the community
 * @param upcoming the next meetings, soonest first
 * @param past the latest past meetings, latest first
 * @param series the community's series, for planners; empty for others
 * @param mayPlan whether the reader plans meetings of the community
 */
public record CommunityMeetingsPage(CommunitySummary community, List<MeetingRow> upcoming, List<MeetingRow> past,
		List<SeriesRow> series, boolean mayPlan) {

	/**
	 * A series in the list.
	 *
	 * @param id the series' id
	 * @param title its title
	 */
	public record SeriesRow(String id, String title) {

		public String path() {
			return "/series/" + this.id;
		}

	}

}
