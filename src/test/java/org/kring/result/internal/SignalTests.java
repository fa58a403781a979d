package org.kring.result.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A signal goes from draft to sent, acknowledged, answered and followed up, dated at each
 * step, and refuses every step out of turn without changing.
 */
class SignalTests {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private static final Contact CONTACT = new Contact("Ms Peeters", "peeters@example.org", "nl");

	private final UUID facilitator = UUID.randomUUID();

	@Test
	void aDraftCanBeRevisedAndSent() {
		Signal signal = draft();
		assertThat(signal.state()).isEqualTo(SignalState.DRAFT);
		assertThat(signal.createdAt()).isEqualTo(NOW);

		signal.revise(new SignalText("Revised", "Body", null, "Ask"), new Authority(UUID.randomUUID(), null));
		assertThat(signal.title()).isEqualTo("Revised");
		assertThat(signal.authority().office()).isNull();

		signal.send(CONTACT, "hash", this.facilitator, NOW.plusSeconds(60), NOW.plus(Duration.ofDays(56)));
		assertThat(signal.state()).isEqualTo(SignalState.SENT);
		assertThat(signal.sentAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(signal.sentBy()).isEqualTo(this.facilitator);
		assertThat(signal.contact()).isEqualTo(CONTACT);
		assertThat(signal.answerTokenHash()).isEqualTo("hash");
		assertThat(signal.reminderDueAt()).isEqualTo(NOW.plus(Duration.ofDays(56)));
	}

	@Test
	void aDraftWithoutTextOrAskIsNotSent() {
		Signal noBody = Signal.draft(UUID.randomUUID(), SignalKind.SIGNAL, new SignalText("T", null, null, "Ask"),
				new Authority(null, "Office"), Origin.DIRECT, this.facilitator, NOW);
		refused(() -> noBody.send(CONTACT, "h", this.facilitator, NOW, NOW), "body", "signal.body.required", noBody,
				SignalState.DRAFT);
		Signal noAsk = Signal.draft(UUID.randomUUID(), SignalKind.SIGNAL, new SignalText("T", "Body", null, null),
				new Authority(null, "Office"), Origin.DIRECT, this.facilitator, NOW);
		refused(() -> noAsk.send(CONTACT, "h", this.facilitator, NOW, NOW), "ask", "signal.ask.required", noAsk,
				SignalState.DRAFT);
		assertThat(noAsk.answerTokenHash()).isNull();
	}

	@Test
	void aSignalNeedsAnAuthority() {
		assertThatThrownBy(() -> new Authority(null, null)).isInstanceOfSatisfying(SignalRefused.class, (refused) -> {
			assertThat(refused.field()).isEqualTo("authority");
			assertThat(refused.messageKey()).isEqualTo("signal.authority.required");
		});
	}

	@Test
	void aDraftCannotBeAcknowledgedAnsweredOrFollowedUp() {
		Signal signal = draft();
		refused(() -> signal.acknowledge(NOW), "state", "signal.not-sent", signal, SignalState.DRAFT);
		refused(() -> signal.answer("Yes", "Mayor", NOW), "state", "signal.not-sent", signal, SignalState.DRAFT);
		refused(() -> signal.followUp(FollowUpOutcome.IMPLEMENTED, null, NOW), "outcome", "signal.not-answered", signal,
				SignalState.DRAFT);
		assertThat(signal.reminderDue(NOW.plus(Duration.ofDays(100)))).isFalse();
	}

	@Test
	void aSentSignalIsAcknowledgedThenAnsweredThenFollowedUp() {
		Signal signal = sent();
		refused(() -> signal.revise(new SignalText("X", null, null, null), new Authority(null, "O")), "state",
				"signal.not-draft", signal, SignalState.SENT);
		refused(() -> signal.send(CONTACT, "h2", this.facilitator, NOW, NOW), "state", "signal.not-draft", signal,
				SignalState.SENT);
		refused(() -> signal.followUp(FollowUpOutcome.IMPLEMENTED, null, NOW), "outcome", "signal.not-answered", signal,
				SignalState.SENT);

		signal.acknowledge(NOW.plusSeconds(10));
		assertThat(signal.state()).isEqualTo(SignalState.ACKNOWLEDGED);
		assertThat(signal.acknowledgedAt()).isEqualTo(NOW.plusSeconds(10));
		refused(() -> signal.acknowledge(NOW), "state", "signal.not-sent", signal, SignalState.ACKNOWLEDGED);
		refused(() -> signal.followUp(FollowUpOutcome.IMPLEMENTED, null, NOW), "outcome", "signal.not-answered", signal,
				SignalState.ACKNOWLEDGED);

		signal.answer("We will change it.", "The mayor", NOW.plusSeconds(20));
		assertThat(signal.state()).isEqualTo(SignalState.ANSWERED);
		assertThat(signal.answer()).isEqualTo("We will change it.");
		assertThat(signal.answeredBy()).isEqualTo("The mayor");
		assertThat(signal.answeredAt()).isEqualTo(NOW.plusSeconds(20));
		assertThat(signal.acknowledgedAt()).as("kept").isEqualTo(NOW.plusSeconds(10));

		signal.followUp(FollowUpOutcome.PARTLY_IMPLEMENTED, "Half of it.", NOW.plusSeconds(30));
		assertThat(signal.state()).isEqualTo(SignalState.FOLLOWED_UP);
		assertThat(signal.outcome()).isEqualTo(FollowUpOutcome.PARTLY_IMPLEMENTED);
		assertThat(signal.followUpNote()).isEqualTo("Half of it.");
		assertThat(signal.followedUpAt()).isEqualTo(NOW.plusSeconds(30));
	}

	@Test
	void anAnswerWithoutAcknowledgementAcknowledgesToo() {
		Signal signal = sent();
		signal.answer("Yes.", "Office head", NOW.plusSeconds(5));
		assertThat(signal.acknowledgedAt()).isEqualTo(NOW.plusSeconds(5));
		assertThat(signal.state()).isEqualTo(SignalState.ANSWERED);
	}

	@Test
	void anAnsweredSignalIsNotAnsweredAcknowledgedOrChangedAgain() {
		Signal signal = sent();
		signal.answer("First.", "A", NOW);
		refused(() -> signal.answer("Second.", "B", NOW), "answer", "signal.already-answered", signal,
				SignalState.ANSWERED);
		refused(() -> signal.acknowledge(NOW), "state", "signal.not-sent", signal, SignalState.ANSWERED);
		refused(() -> signal.revise(new SignalText("X", null, null, null), new Authority(null, "O")), "state",
				"signal.not-draft", signal, SignalState.ANSWERED);
		assertThat(signal.answer()).isEqualTo("First.");

		signal.followUp(FollowUpOutcome.NOT_IMPLEMENTED, null, NOW);
		refused(() -> signal.followUp(FollowUpOutcome.IMPLEMENTED, null, NOW), "outcome", "signal.not-answered", signal,
				SignalState.FOLLOWED_UP);
		refused(() -> signal.answer("Third.", "C", NOW), "answer", "signal.already-answered", signal,
				SignalState.FOLLOWED_UP);
		assertThat(signal.outcome()).isEqualTo(FollowUpOutcome.NOT_IMPLEMENTED);
	}

	@Test
	void theReminderIsDueOnceItsTimeCameUntilTheAnswer() {
		Signal signal = sent();
		Instant due = signal.reminderDueAt();
		assertThat(signal.reminderDue(due.minusSeconds(1))).isFalse();
		assertThat(signal.reminderDue(due)).isTrue();
		signal.acknowledge(NOW);
		assertThat(signal.reminderDue(due.plusSeconds(1))).as("acknowledged, not answered").isTrue();
		signal.answer("Done.", "A", NOW);
		assertThat(signal.reminderDue(due.plusSeconds(1))).isFalse();
	}

	private Signal draft() {
		return Signal.draft(UUID.randomUUID(), SignalKind.SIGNAL,
				new SignalText("Counter hours", "Too short.", "Twelve cases.", "Open longer."),
				new Authority(null, "Integration office"), Origin.DIRECT, this.facilitator, NOW);
	}

	private Signal sent() {
		Signal signal = draft();
		signal.send(CONTACT, "hash", this.facilitator, NOW, NOW.plus(Duration.ofDays(56)));
		return signal;
	}

	private static void refused(Executable step, String field, String key, Signal signal, SignalState unchanged) {
		assertThatThrownBy(step::execute).isInstanceOfSatisfying(SignalRefused.class, (refused) -> {
			assertThat(refused.field()).isEqualTo(field);
			assertThat(refused.messageKey()).isEqualTo(key);
		});
		assertThat(signal.state()).isEqualTo(unchanged);
	}

}
