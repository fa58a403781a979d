package org.kring.meeting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.ProductResults;
import org.kring.meeting.closing.AttendanceCounts;
import org.kring.meeting.closing.MeetingClosing;
import org.kring.meeting.closing.Product;
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

	private final List<ProductResults> results;

	OutcomePart(MeetingClosing closing, AttendanceCounts attendance, MeetingAccess access,
			List<ProductResults> results) {
		this.closing = closing;
		this.attendance = attendance;
		this.access = access;
		this.results = results;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public Optional<Part> part(Meeting meeting, @Nullable KringPrincipal viewer, Locale language) {
		if (meeting.state() == MeetingState.CLOSED) {
			String minutes = meeting.minutes();
			List<Product> products = this.closing.productsOf(meeting.id());
			Map<UUID, String> resultPaths = new HashMap<>();
			Set<UUID> productIds = products.stream().map(Product::id).collect(Collectors.toSet());
			for (ProductResults each : this.results) {
				resultPaths.putAll(each.pathsOf(meeting.communityId(), productIds, viewer));
			}
			OutcomeView outcome = new OutcomeView(meeting.id().toString(),
					Markdown.toHtml((minutes != null) ? minutes : ""), products, this.attendance.of(meeting.id()),
					false, resultPaths);
			return Optional.of(new Part("outcome", "closing.outcome.heading", "meeting/outcome.jte", outcome));
		}
		if (this.closing.closable(meeting) && this.access.mayFacilitate(viewer, meeting)) {
			OutcomeView pending = new OutcomeView(meeting.id().toString(), "", List.of(), null, true, Map.of());
			return Optional.of(new Part("outcome", "closing.outcome.pending", "meeting/outcome.jte", pending));
		}
		return Optional.empty();
	}

}
