package org.kring.meeting.web;

import java.util.UUID;

/**
 * Paths into a meeting's pages that the registration forms lead back to.
 */
final class MeetingPaths {

	private MeetingPaths() {
	}

	/**
	 * The registration part of a meeting's page.
	 * @param meetingId the meeting
	 * @return the path with the part's anchor
	 */
	static String registration(UUID meetingId) {
		return "/meetings/" + meetingId + "#part-registration";
	}

}
