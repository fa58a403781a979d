package org.kring.result;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.result.internal.Contact;
import org.kring.result.internal.FollowUpOutcome;
import org.kring.result.internal.Origin;
import org.kring.result.internal.Signal;
import org.kring.result.internal.Signals;
import org.kring.system.TestPrincipal;

/**
 * Moves the result fixtures' draft signals along their states for tests of what is shown
 * of sent signals: each step through the signal's own method, saved, at the given time.
 */
public final class SignalSteps {

	public static final Contact CONTACT = new Contact("Clerk Janssens", "clerk.janssens@example.org", "nl");

	private final Signals signals;

	private final ResultFixtures results;

	public SignalSteps(Signals signals, ResultFixtures results) {
		this.signals = signals;
		this.results = results;
	}

	/** A signal to the fixtures' office, sent now. */
	public Signal sent(UUID community, TestPrincipal by, String title) {
		return send(this.results.draftSignal(community, by, title), by, Instant.now());
	}

	/**
	 * A signal from a meeting and its theme, to an organisation or the fixtures' office.
	 */
	public Signal sentFrom(UUID community, TestPrincipal by, String title, UUID meetingId, String theme,
			@Nullable UUID authority, Instant at) {
		return send(this.results.draftSignal(community, by, title,
				new Origin(meetingId, null, theme, UUID.randomUUID()), authority), by, at);
	}

	/**
	 * Signals from a meeting, sent now, every other one to the organisation, every third
	 * answered: for counting statements.
	 */
	public void many(UUID community, TestPrincipal by, UUID meetingId, UUID authority, int count) {
		for (int i = 0; i < count; i++) {
			Signal signal = sentFrom(community, by, "Signal " + i, meetingId, "Theme " + (i % 3),
					(i % 2 == 0) ? authority : null, Instant.now());
			if (i % 3 == 1) {
				answer(signal, "An answer", Instant.now());
			}
		}
	}

	public Signal send(Signal draft, TestPrincipal by, Instant at) {
		draft.send(CONTACT, HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes()).substring(0, 64), by.id(),
				at, at.plus(Duration.ofDays(56)));
		return this.signals.save(draft);
	}

	public Signal acknowledge(Signal sent, Instant at) {
		sent.acknowledge(at);
		return this.signals.save(sent);
	}

	public Signal answer(Signal sent, String answer, Instant at) {
		sent.answer(answer, "The alderman", at);
		return this.signals.save(sent);
	}

	public Signal followUp(Signal answered, FollowUpOutcome outcome, @Nullable String note, Instant at) {
		answered.followUp(outcome, note, at);
		return this.signals.save(answered);
	}

}
