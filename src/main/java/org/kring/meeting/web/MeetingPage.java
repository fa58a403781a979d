package org.kring.meeting.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingState;
import org.kring.meeting.internal.Speaker;
import org.kring.system.web.PageContext;

/**
 * A meeting's page: what, when and where, its speakers, and the parts other pieces of the
 * module add (registration, the facilitators' tools, minutes and products).
 *
 * @param meeting the meeting
 * @param community the community it belongs to, or null when the reader may not see the
 * community (a public meeting of a community that is not)
 * @param speakers the guest speakers, in order, read while the meeting was loaded (the
 * page renders after the transaction ended, so its template reads the meeting's own
 * columns only)
 * @param parts the parts to show, in order
 * @param templates renders the parts
 */
public record MeetingPage(Meeting meeting, @Nullable CommunitySummary community, List<Speaker> speakers,
		List<MeetingPagePart.Part> parts, TemplateEngine templates) {

	/**
	 * When the meeting takes place, in the reader's language and the meeting's zone.
	 * @param locale the reader's language
	 * @return the time span
	 */
	public String when(Locale locale) {
		return MeetingTimes.span(this.meeting.start(), this.meeting.end(), locale);
	}

	/**
	 * Whether the meeting was called off.
	 * @return true when cancelled
	 */
	public boolean cancelled() {
		return this.meeting.state() == MeetingState.CANCELLED;
	}

	/**
	 * The message key naming the meeting's format.
	 * @return such as {@code meeting.format.HYBRID}
	 */
	public String formatKey() {
		return "meeting.format." + this.meeting.format().name();
	}

	/**
	 * A part's body, rendered by its template.
	 * @param part the part
	 * @param ctx the page context, passed on to the template
	 * @return the body
	 */
	public Content body(MeetingPagePart.Part part, PageContext ctx) {
		return (output) -> this.templates.render(part.template(), Map.of("ctx", ctx, "model", part.model()), output);
	}

}
