package org.kring.meeting.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.closing.AttendanceCounts;
import org.kring.meeting.closing.MeetingClosing;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingAccess;
import org.kring.meeting.internal.MeetingState;
import org.kring.system.KringPrincipal;
import org.kring.system.web.Markdown;
import org.springframework.stereotype.Component;

/**
 * The outcome of a meeting on its page: for a closed meeting its minutes, attendance and
 * products, for everyone who may read it; for a meeting that started and is not closed
 * yet, a link to close it, for its facilitators only.
 */
@Component
class OutcomePart implements MeetingPagePart {

	private final MeetingClosing closing;

	private final AttendanceCounts attendance;

	private final MeetingAccess access;

	OutcomePart(MeetingClosing closing, AttendanceCounts attendance, MeetingAccess access) {
		this.closing = closing;
		this.attendance = attendance;
		this.access = access;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public Optional<Part> part(Meeting meeting, @Nullable KringPrincipal viewer, Locale language) {
		if (meeting.state() == MeetingState.CLOSED) {
			String minutes = meeting.minutes();
			OutcomeView outcome = new OutcomeView(meeting.id().toString(),
					Markdown.toHtml((minutes != null) ? minutes : ""), this.closing.productsOf(meeting.id()),
					this.attendance.of(meeting.id()), false);
			return Optional.of(new Part("outcome", "closing.outcome.heading", "meeting/outcome.jte", outcome));
		}
		if (this.closing.closable(meeting) && this.access.mayFacilitate(viewer, meeting)) {
			OutcomeView pending = new OutcomeView(meeting.id().toString(), "", List.of(), null, true);
			return Optional.of(new Part("outcome", "closing.outcome.pending", "meeting/outcome.jte", pending));
		}
		return Optional.empty();
	}

}
