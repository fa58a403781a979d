package org.kring.meeting.web;

import org.kring.system.web.FormErrors;

/**
 * The confirmation before a meeting is called off.
 *
 * @param meeting the meeting
 * @param reason the reason typed
 * @param errors the problems
 */
public record CancelPage(MeetingRow meeting, String reason, FormErrors errors) {
}
