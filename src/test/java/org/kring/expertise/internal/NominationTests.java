package org.kring.expertise.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pipeline's state machine: every allowed transition, every refused one, and what
 * each leaves in the history and in the open-candidate key.
 */
class NominationTests {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final UUID COMMUNITY = UUID.randomUUID();

	private static final UUID NOMINATOR = UUID.randomUUID();

	private static final Set<NominationState> ALLOWED_FROM_NOMINATED = EnumSet.of(NominationState.INVITED,
			NominationState.WITHDRAWN);

	@Test
	void aNominationStartsNominatedWithOneStepAndItsCandidateAsOpenKey() {
		Nomination nomination = byAddress();
		assertThat(nomination.state()).isEqualTo(NominationState.NOMINATED);
		assertThat(nomination.openCandidate()).isEqualTo("candidate@example.org");
		assertThat(nomination.steps()).singleElement().satisfies((step) -> {
			assertThat(step.state()).isEqualTo(NominationState.NOMINATED);
			assertThat(step.actorId()).isEqualTo(NOMINATOR);
		});
	}

	@Test
	void theWholeWayFromNominationToAlumniIsRecordedStepByStep() {
		Nomination nomination = byAddress();
		UUID person = UUID.randomUUID();
		nomination.invite("hash", NOMINATOR, NOW.plusSeconds(1));
		nomination.accept(person, NOW.plusSeconds(2));
		assertThat(nomination.openCandidate()).isEqualTo(person.toString());
		assertThat(nomination.personId()).isEqualTo(person);
		nomination.activate(null, NOW.plusSeconds(3));
		nomination.retire(null, NOW.plusSeconds(4));
		assertThat(nomination.steps()).extracting(NominationStep::state)
			.containsExactly(NominationState.NOMINATED, NominationState.INVITED, NominationState.ACCEPTED,
					NominationState.ACTIVE, NominationState.ALUMNI);
		assertThat(nomination.steps()).extracting(NominationStep::actorId)
			.containsExactly(NOMINATOR, NOMINATOR, person, null, null);
		assertThat(nomination.openCandidate()).isNull();
		assertThat(nomination.invitedAt()).isEqualTo(NOW.plusSeconds(1));
	}

	@Test
	void declinedAndWithdrawnNominationsCloseAndFreeTheCandidate() {
		Nomination declined = byAddress();
		declined.invite("hash", NOMINATOR, NOW);
		declined.decline(null, NOW);
		assertThat(declined.openCandidate()).isNull();
		Nomination withdrawn = byAddress();
		withdrawn.invite("other", NOMINATOR, NOW);
		withdrawn.withdraw(NOMINATOR, NOW);
		assertThat(withdrawn.state()).isEqualTo(NominationState.WITHDRAWN);
		assertThat(withdrawn.openCandidate()).isNull();
	}

	@ParameterizedTest
	@EnumSource(NominationState.class)
	void fromEachStateOnlyThePipelinesTransitionsAreAllowed(NominationState from) {
		Set<NominationState> allowed = switch (from) {
			case NOMINATED -> ALLOWED_FROM_NOMINATED;
			case INVITED -> EnumSet.of(NominationState.ACCEPTED, NominationState.DECLINED, NominationState.WITHDRAWN);
			case ACCEPTED -> EnumSet.of(NominationState.ACTIVE);
			case ACTIVE -> EnumSet.of(NominationState.ALUMNI);
			case DECLINED, WITHDRAWN, ALUMNI -> EnumSet.noneOf(NominationState.class);
		};
		// no step leads back to nominated, so it is no target
		for (NominationState to : EnumSet.complementOf(EnumSet.of(NominationState.NOMINATED))) {
			Nomination nomination = in(from);
			if (allowed.contains(to)) {
				move(nomination, to);
				assertThat(nomination.state()).as("%s -> %s", from, to).isEqualTo(to);
				assertThat(nomination.steps().getLast().state()).isEqualTo(to);
			}
			else {
				int steps = nomination.steps().size();
				assertThatThrownBy(() -> move(nomination, to)).as("%s -> %s", from, to)
					.isInstanceOf(RecruitmentRefused.class)
					.hasMessage("recruitment.refused.transition");
				assertThat(nomination.state()).isEqualTo(from);
				assertThat(nomination.steps()).hasSize(steps);
			}
		}
	}

	@Test
	void aReminderKeepsTheFirstLinkWorkingAndOnlyAnOpenInvitationGetsOne() {
		Nomination nomination = byAddress();
		assertThatThrownBy(() -> nomination.remind("new")).isInstanceOf(RecruitmentRefused.class);
		nomination.invite("first", NOMINATOR, NOW);
		nomination.remind("second");
		assertThat(nomination.tokenHash()).isEqualTo("second");
	}

	@Test
	void aNominationNeedsAField() {
		assertThatThrownBy(() -> Nomination.ofAddress(COMMUNITY, "a@example.org", Set.of(), null, null, NOMINATOR, NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void addressesAreKeptLowerCasedSoThatTheyClashWhateverTheSpelling() {
		Nomination nomination = Nomination.ofAddress(COMMUNITY, " Candidate@Example.ORG ", Set.of("education"), null,
				null, NOMINATOR, NOW);
		assertThat(nomination.openCandidate()).isEqualTo("candidate@example.org");
	}

	private static Nomination byAddress() {
		return Nomination.ofAddress(COMMUNITY, "candidate@example.org", Set.of("education"), null, null, NOMINATOR,
				NOW);
	}

	private static Nomination in(NominationState state) {
		Nomination nomination = byAddress();
		switch (state) {
			case NOMINATED -> {
			}
			case INVITED -> move(nomination, NominationState.INVITED);
			case ACCEPTED, DECLINED -> {
				move(nomination, NominationState.INVITED);
				move(nomination, state);
			}
			case WITHDRAWN -> move(nomination, NominationState.WITHDRAWN);
			case ACTIVE, ALUMNI -> {
				move(nomination, NominationState.INVITED);
				move(nomination, NominationState.ACCEPTED);
				move(nomination, NominationState.ACTIVE);
				if (state == NominationState.ALUMNI) {
					move(nomination, NominationState.ALUMNI);
				}
			}
		}
		return nomination;
	}

	private static void move(Nomination nomination, NominationState to) {
		switch (to) {
			case NOMINATED -> throw new IllegalArgumentException("No step leads back to nominated");
			case INVITED -> nomination.invite("hash-" + UUID.randomUUID(), NOMINATOR, NOW);
			case ACCEPTED -> nomination.accept(UUID.randomUUID(), NOW);
			case DECLINED -> nomination.decline(null, NOW);
			case WITHDRAWN -> nomination.withdraw(NOMINATOR, NOW);
			case ACTIVE -> nomination.activate(null, NOW);
			case ALUMNI -> nomination.retire(null, NOW);
		}
	}

}
