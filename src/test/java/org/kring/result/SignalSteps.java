package org.kring.result;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.result.internal.Contact;
import org.kring.result.internal.FollowUpOutcome;
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

	public SignalSteps(Signals signals) {
		this.signals = signals;
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
