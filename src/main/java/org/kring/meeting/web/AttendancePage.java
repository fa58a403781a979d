package org.kring.meeting.web;

import java.util.List;
import java.util.UUID;

import org.kring.system.web.FormErrors;

/**
 * The attendance list of a meeting that started: every person with a seat, a checkbox
 * each, and the form to add walk-ins by nickname.
 *
 * @param meetingId the meeting
 * @param title the meeting's title
 * @param when when it takes place
 * @param rows the people, in order
 * @param nickname the walk-in's nickname typed so far
 * @param errors the problems of the walk-in form
 */
public record AttendancePage(UUID meetingId, String title, String when, List<Row> rows, String nickname,
		FormErrors errors) {

	/**
	 * Where the forms post to.
	 * @return the path
	 */
	public String action() {
		return "/meetings/" + this.meetingId + "/attendance";
	}

	/**
	 * One person on the list.
	 *
	 * @param id the registration
	 * @param name their name or nickname
	 * @param attended whether they came
	 * @param walkIn whether they came without registering
	 */
	public record Row(UUID id, String name, boolean attended, boolean walkIn) {
	}

}
