package org.kring.meeting.web;

import org.jspecify.annotations.Nullable;

/**
 * The page a link from a registration mail opens: what the link confirms or cancels, with
 * the button that does it, or what came of pressing it.
 *
 * @param headingKey the message key of the heading
 * @param title the meeting's title
 * @param when when the meeting takes place
 * @param action where the button posts to, or null once done
 * @param buttonKey the message key of the button
 * @param outcomeKey the message key of what came of it, or null before
 * @param meetingPath the meeting's page
 */
public record RegistrationLinkPage(String headingKey, String title, String when, @Nullable String action,
		String buttonKey, @Nullable String outcomeKey, String meetingPath) {
}
