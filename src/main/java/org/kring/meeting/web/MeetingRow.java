package org.kring.meeting.web;

import java.util.List;
import java.util.Locale;

import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingState;

/**
 * A meeting in a list: its title, when, and whether it was cancelled.
 *
 * @param id the meeting's id
 * @param title its title
 * @param when when it starts, written out in the reader's language and its zone
 * @param datetime when it starts, for the {@code time} element
 * @param cancelled whether it was called off
 * @param detached whether it was changed apart from its series
 */
public record MeetingRow(String id, String title, String when, String datetime, boolean cancelled, boolean detached) {

	static MeetingRow of(Meeting meeting, Locale locale) {
		return new MeetingRow(meeting.id().toString(), meeting.title(), MeetingTimes.brief(meeting.start(), locale),
				meeting.start().toOffsetDateTime().toString(), meeting.state() == MeetingState.CANCELLED,
				meeting.detached());
	}

	static List<MeetingRow> of(List<Meeting> meetings, Locale locale) {
		return meetings.stream().map((meeting) -> of(meeting, locale)).toList();
	}

	/**
	 * The meeting's page.
	 * @return the path
	 */
	public String path() {
		return "/meetings/" + this.id;
	}

}
