package org.kring.meeting.web;

import java.util.List;
import java.util.UUID;

import org.kring.system.web.FormErrors;

/**
 * A registration form on a page of its own, shown again with its problems next to the
 * fields and everything typed kept.
 *
 * @param meetingId the meeting
 * @param title the meeting's title
 * @param action where the form posts to
 * @param fields the fields the form has besides the questions (name and email for a
 * visitor, nickname for a facilitator, none for a signed-in person)
 * @param questions the meeting's questions, as field names
 * @param form what was typed
 * @param errors the problems
 */
public record RegistrationFormPage(UUID meetingId, String title, String action, List<String> fields,
		List<String> questions, RegistrationForm form, FormErrors errors) {
}
