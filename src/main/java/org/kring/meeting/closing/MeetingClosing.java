package org.kring.meeting.closing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.MeetingClosed;
import org.kring.meeting.MeetingProduct;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingAccess;
import org.kring.meeting.internal.MeetingState;
import org.kring.meeting.internal.Meetings;
import org.kring.system.KringPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes meetings that took place. A facilitator closes a scheduled meeting from its
 * start on, with minutes and at least one product; the meeting's row is locked while it
 * closes, so that of two facilitators closing at once one closes it and the other is told
 * it was closed already. Closing publishes {@link MeetingClosed} with the products in the
 * same transaction.
 */
@Service
public class MeetingClosing {

	private final Meetings meetings;

	private final Products products;

	private final MeetingAccess access;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingClosing(Meetings meetings, Products products, MeetingAccess access, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.meetings = meetings;
		this.products = products;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Why a meeting may not be closed now, whatever is typed.
	 * @param meeting the meeting
	 * @return a message key, or empty when it may be closed
	 */
	public Optional<String> refusal(Meeting meeting) {
		if (meeting.state() == MeetingState.CLOSED) {
			return Optional.of("closing.refused.closed");
		}
		if (meeting.state() == MeetingState.CANCELLED) {
			return Optional.of("closing.refused.cancelled");
		}
		if (!meeting.started(this.clock.instant())) {
			return Optional.of("closing.refused.notStarted");
		}
		return Optional.empty();
	}

	/**
	 * Whether a meeting may be closed now: scheduled and started.
	 * @param meeting the meeting
	 * @return true when it may
	 */
	public boolean closable(Meeting meeting) {
		return refusal(meeting).isEmpty();
	}

	/**
	 * Closes a meeting.
	 * @param me the facilitator
	 * @param meetingId the meeting
	 * @param input the minutes and product rows
	 * @return closed, the problems with the input, or why the meeting may not be closed
	 * @throws AccessDeniedException when {@code me} does not facilitate the meeting
	 * @throws java.util.NoSuchElementException when there is no such meeting
	 */
	@Transactional
	public ClosingOutcome close(KringPrincipal me, UUID meetingId, ClosingInput input) {
		Meeting meeting = this.meetings.lockById(meetingId).orElseThrow();
		if (!this.access.mayFacilitate(me, meeting)) {
			throw new AccessDeniedException("Only a facilitator closes a meeting");
		}
		Optional<String> refusal = refusal(meeting);
		if (refusal.isPresent()) {
			return ClosingOutcome.refused(refusal.get());
		}
		Map<String, String> problems = input.problems();
		if (!problems.isEmpty()) {
			return ClosingOutcome.invalid(problems);
		}
		Instant now = this.clock.instant();
		meeting.close(input.minutes(), me.id(), now);
		List<MeetingProduct> produced = new ArrayList<>();
		List<ProductInput> given = input.products();
		for (int position = 0; position < given.size(); position++) {
			produced.add(this.products.save(new Product(meetingId, position, given.get(position))).published());
		}
		this.events.publishEvent(new MeetingClosed(meetingId, meeting.communityId(), meeting.title(), meeting.theme(),
				themeOf(meetingId), meeting.startsAt(), me.id(), now, produced));
		return ClosingOutcome.closed();
	}

	/**
	 * A meeting's products.
	 * @param meetingId the meeting
	 * @return its products in order, none when it is not closed
	 */
	@Transactional(readOnly = true)
	public List<Product> productsOf(UUID meetingId) {
		return this.products.findByMeetingIdOrderByPosition(meetingId);
	}

	private @Nullable UUID themeOf(UUID meetingId) {
		return this.jdbc.queryForList("select id from meeting_theme where meeting_id = ?", UUID.class, meetingId)
			.stream()
			.findFirst()
			.orElse(null);
	}

}
