package org.kring.result.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.result.ResultTestSupport;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The action agenda's rules against the database: facilitators put actions on it with
 * members as owners and due dates not before the action was made, owners and facilitators
 * report progress, and a member who leaves or is removed no longer owns the community's
 * actions, which stay, marked as needing an owner when no owner is left.
 */
class ActionAgendaTests extends ResultTestSupport {

	@Autowired
	ActionAgenda agenda;

	@Autowired
	ActionQueries queries;

	@Test
	void onlyFacilitatorsAndAdministratorsPlanAndOnlyMembersOwn() {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal owner = member("Owen");
		TestPrincipal outsider = member("Olga");
		UUID community = community("MEMBERS_ONLY", facilitator, owner);
		int year = LocalDate.now().getYear();

		assertThatExceptionOfType(ActionAccessDenied.class)
			.isThrownBy(() -> this.agenda.plan(owner, community, draft(year, null, owner)))
			.satisfies((denied) -> assertThat(denied.hidden()).isFalse());
		assertThatExceptionOfType(ActionAccessDenied.class)
			.isThrownBy(() -> this.agenda.plan(outsider, community, draft(year, null)))
			.satisfies((denied) -> assertThat(denied.hidden()).isTrue());
		assertThatExceptionOfType(ActionRefused.class)
			.isThrownBy(() -> this.agenda.plan(facilitator, community, draft(year, null, outsider)))
			.satisfies((refused) -> assertThat(refused.problems()).containsEntry("owners", "actions.owners.notMember"));
		assertThatExceptionOfType(ActionRefused.class)
			.isThrownBy(
					() -> this.agenda.plan(facilitator, community, draft(year, LocalDate.now().minusDays(1), owner)))
			.satisfies(
					(refused) -> assertThat(refused.problems()).containsEntry("dueOn", "actions.dueOn.beforeCreation"));

		Action action = this.agenda.plan(facilitator, community, draft(year, LocalDate.now(), owner));
		assertThat(action.owners()).containsExactly(owner.id());
		Action admin = this.agenda.plan(administrator("Ada"), community, draft(year + 1, null));
		assertThat(admin.needsOwner()).isTrue();
		assertThat(this.queries.years(community)).containsExactly(year, year + 1);
	}

	@Test
	void aRevisedDueDateMayNotComeBeforeTheDayTheActionWasMade() {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("MEMBERS_ONLY", facilitator);
		Action old = this.actions.save(Action.plan(community, 2026, "Old one", null, null, Set.of(), Origin.DIRECT,
				facilitator.id(), Instant.now().minus(Duration.ofDays(30))));

		assertThatExceptionOfType(ActionRefused.class)
			.isThrownBy(() -> this.agenda.revise(facilitator, old.id(), old.version(),
					draft(2026, LocalDate.now().minusDays(31))))
			.satisfies(
					(refused) -> assertThat(refused.problems()).containsEntry("dueOn", "actions.dueOn.beforeCreation"));
		Action revised = this.agenda.revise(facilitator, old.id(), old.version(),
				draft(2026, LocalDate.now().minusDays(10)));
		assertThat(revised.dueOn()).isEqualTo(LocalDate.now().minusDays(10));
		assertThat(revised.overdueOn(LocalDate.now())).isTrue();
		assertThatExceptionOfType(ActionChanged.class)
			.isThrownBy(() -> this.agenda.revise(facilitator, old.id(), old.version(), draft(2026, LocalDate.now())));
	}

	@Test
	void ownersReportAndChangeTheStatusMembersWhoDoNotOwnItMayNot() {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal owner = member("Owen");
		TestPrincipal member = member("Mila");
		UUID community = community("PUBLIC", facilitator, owner, member);
		Action action = this.results.action(community, facilitator, "Map the offices", null, owner);

		assertThatExceptionOfType(ActionAccessDenied.class)
			.isThrownBy(() -> this.agenda.report(member, action.id(), report(10)));
		assertThatExceptionOfType(ActionAccessDenied.class).isThrownBy(() -> this.agenda.complete(member, action.id()));
		this.agenda.report(owner, action.id(), report(60));
		assertThat(reload(action).status()).isEqualTo(ActionStatus.IN_PROGRESS);
		assertThat(reload(action).progress()).isEqualTo(60);
		assertThatExceptionOfType(ActionRefused.class).isThrownBy(() -> this.agenda.start(owner, action.id()))
			.satisfies(
					(refused) -> assertThat(refused.problems()).containsEntry("status", "actions.status.notPlanned"));
		assertThatExceptionOfType(ActionRefused.class).isThrownBy(() -> this.agenda.drop(owner, action.id(), " "))
			.satisfies((refused) -> assertThat(refused.problems()).containsEntry("dropReason",
					"actions.dropReason.required"));
		this.agenda.drop(owner, action.id(), "The offices closed");
		assertThat(reload(action).status()).isEqualTo(ActionStatus.DROPPED);
		assertThatExceptionOfType(ActionRefused.class)
			.isThrownBy(() -> this.agenda.report(owner, action.id(), report(70)))
			.satisfies((refused) -> assertThat(refused.problems()).containsEntry("status", "actions.status.closed"));
		assertThat(this.queries.updates(Set.of(action.id())).get(action.id())).hasSize(1);
	}

	@Test
	void aMemberWhoLeavesOrIsRemovedNoLongerOwnsTheCommunitysActions() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal owner = member("Owen");
		TestPrincipal other = member("Mila");
		UUID community = community("MEMBERS_ONLY", facilitator, owner, other);
		UUID elsewhere = community("MEMBERS_ONLY", facilitator, owner);
		Action alone = this.results.action(community, facilitator, "Owned alone", null, owner);
		Action shared = this.results.action(community, facilitator, "Owned together", null, owner, other);
		Action otherCommunity = this.results.action(elsewhere, facilitator, "Elsewhere", null, owner);
		String slug = MeetingFixtures.slugOf(community);

		post("/communities/" + slug + "/membership/leave", owner).andExpect(status().is3xxRedirection());

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(reload(alone).owners()).isEmpty());
		assertThat(reload(alone).needsOwner()).isTrue();
		assertThat(reload(alone).title()).isEqualTo("Owned alone");
		assertThat(reload(shared).owners()).containsExactly(other.id());
		assertThat(reload(shared).needsOwner()).isFalse();
		assertThat(reload(otherCommunity).owners()).containsExactly(owner.id());

		post("/communities/" + slug + "/members/" + other.id() + "/remove", facilitator)
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(reload(shared).owners()).isEmpty());
		assertThat(reload(shared).needsOwner()).isTrue();
		assertThat(this.queries.agenda(community, LocalDate.now().getYear())).hasSize(2);
	}

	private Action reload(Action action) {
		return this.queries.find(action.id()).orElseThrow();
	}

	private static ProgressReport report(int percentage) {
		return new ProgressReport(LocalDate.now(), "Step " + percentage, percentage);
	}

	private static ActionDraft draft(int year, LocalDate dueOn, TestPrincipal... owners) {
		return ActionDraft.of(Integer.toString(year), "Map the offices", null,
				(dueOn != null) ? dueOn.toString() : null,
				List.of(owners).stream().map((owner) -> owner.id().toString()).toList());
	}

}
