package org.kring.meeting.web;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.internal.Meeting;
import org.kring.system.KringPrincipal;

/**
 * A part of a meeting's page beside its description: registration, the facilitators'
 * tools, the minutes and products of a closed meeting. Every bean of this type is asked,
 * in {@link #order()}, each time someone who may read the meeting opens its page; a part
 * with nothing to show answers empty.
 */
public interface MeetingPagePart {

	/**
	 * Where the part goes on the page: lower comes first. Registration uses 100, the
	 * facilitators' tools 200, minutes and products 300, calendar links 400.
	 * @return the position
	 */
	int order();

	/**
	 * The part for one meeting and reader.
	 * @param meeting the meeting whose page is shown
	 * @param viewer the signed-in reader, or null for a visitor
	 * @param language the page's language
	 * @return the part, or empty to show nothing
	 */
	Optional<Part> part(Meeting meeting, @Nullable KringPrincipal viewer, Locale language);

	/**
	 * One part of the page.
	 *
	 * @param id a short, unique id, used for the heading's anchor
	 * @param headingKey the message key of the part's heading
	 * @param template the jte template that renders the part's body, such as
	 * {@code meeting/registration.jte}; it takes {@code ctx} (the page context) and
	 * {@code model}
	 * @param model the template's model
	 */
	record Part(String id, String headingKey, String template, Object model) {
	}

}
