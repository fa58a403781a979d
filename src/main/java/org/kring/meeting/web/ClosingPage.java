package org.kring.meeting.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.ProductKind;
import org.kring.meeting.closing.Attendance;
import org.kring.meeting.internal.Meeting;
import org.kring.system.web.FormErrors;

/**
 * The page on which a facilitator closes a meeting.
 *
 * @param meeting the meeting, read for its own columns only
 * @param attendance the attendance recorded so far
 * @param form the form as typed
 * @param errors the problems with what was typed
 * @param refusal why the meeting may not be closed now, as a message key, or null when it
 * may (the form is shown only then)
 */
public record ClosingPage(Meeting meeting, Attendance attendance, ClosingForm form, FormErrors errors,
		@Nullable String refusal) {

	/**
	 * The four kinds of product, for the kind choice.
	 * @return the kinds
	 */
	public List<ProductKind> kinds() {
		return List.of(ProductKind.values());
	}

	/**
	 * The message key naming a kind of product.
	 * @param kind the kind
	 * @return such as {@code closing.kind.TOOL}
	 */
	public static String kindKey(ProductKind kind) {
		return "closing.kind." + kind.name();
	}

	/**
	 * When the meeting took place, in the reader's language and the meeting's zone.
	 * @param locale the reader's language
	 * @return the time span
	 */
	public String when(Locale locale) {
		return MeetingTimes.span(this.meeting.start(), this.meeting.end(), locale);
	}

	/**
	 * The path of the meeting's page.
	 * @return such as {@code /meetings/...}
	 */
	public String meetingPath() {
		return "/meetings/" + this.meeting.id();
	}

}
