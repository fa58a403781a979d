package org.kring.result.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.result.ResultTestSupport;
import org.kring.result.internal.Action;
import org.kring.result.internal.ActionAgenda;
import org.kring.result.internal.Origin;
import org.kring.result.internal.ProgressReport;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The action agenda API answers a public community's actions of a year page by page, with
 * their updates and the meeting they came from, never their owners' names; any other
 * community is not found, and bad parameters are problem details.
 */
class ActionApiTests extends ResultTestSupport {

	@Autowired
	ActionAgenda agenda;

	@Test
	void aPublicAgendaComesPageByPageWithUpdatesAndWithoutOwnersNames() throws Exception {
		TestPrincipal facilitator = member("Farida Unique");
		TestPrincipal owner = member("Owen Unique");
		UUID community = community("PUBLIC", facilitator, owner);
		Meeting meeting = this.fixtures.meeting(community, facilitator, "March meeting");
		int year = LocalDate.now().getYear();
		Action first = this.actions
			.save(Action.plan(community, year, "First", "About the first", LocalDate.now(), Set.of(owner.id()),
					new Origin(meeting.id(), null, "Housing", UUID.randomUUID()), facilitator.id(), Instant.now()));
		this.agenda.report(owner, first.id(), new ProgressReport(LocalDate.now().minusDays(1), "Older", 20));
		this.agenda.report(owner, first.id(), new ProgressReport(LocalDate.now(), "Newer", 40));
		Action second = this.results.action(community, facilitator, "Second", LocalDate.now().plusDays(3));
		this.agenda.drop(facilitator, second.id(), "Not needed");
		this.results.action(community, facilitator, "Third", null, owner);
		String path = "/api/v1/communities/" + MeetingFixtures.slugOf(community) + "/actions";

		get(path + "?size=2", null).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].id").value(first.id().toString()))
			.andExpect(jsonPath("$.items[0].title").value("First"))
			.andExpect(jsonPath("$.items[0].description").value("About the first"))
			.andExpect(jsonPath("$.items[0].status").value("in_progress"))
			.andExpect(jsonPath("$.items[0].dueOn").value(LocalDate.now().toString()))
			.andExpect(jsonPath("$.items[0].overdue").value(false))
			.andExpect(jsonPath("$.items[0].progress").value(40))
			.andExpect(jsonPath("$.items[0].owners").value(1))
			.andExpect(jsonPath("$.items[0].needsOwner").value(false))
			.andExpect(jsonPath("$.items[0].meeting.id").value(meeting.id().toString()))
			.andExpect(jsonPath("$.items[0].meeting.title").value("March meeting"))
			.andExpect(jsonPath("$.items[0].meeting.date").value(meeting.start().toLocalDate().toString()))
			.andExpect(jsonPath("$.items[0].theme").value("Housing"))
			.andExpect(jsonPath("$.items[0].updates[0].text").value("Newer"))
			.andExpect(jsonPath("$.items[0].updates[0].percentage").value(40))
			.andExpect(jsonPath("$.items[0].updates[1].date").value(LocalDate.now().minusDays(1).toString()))
			.andExpect(jsonPath("$.items[1].status").value("dropped"))
			.andExpect(jsonPath("$.items[1].dropReason").value("Not needed"))
			.andExpect(jsonPath("$.items[1].owners").value(0))
			.andExpect(jsonPath("$.items[1].needsOwner").value(false))
			.andExpect(content().string(not(containsString("Unique"))));
		get(path + "?size=2&page=2", null).andExpect(jsonPath("$.items[0].title").value("Third"))
			.andExpect(jsonPath("$.items[0].meeting").doesNotExist());
		get(path + "?year=" + (year - 1), null).andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void otherCommunitiesAreNotFoundAndBadParametersAreProblems() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID closed = community("MEMBERS_ONLY", facilitator);
		UUID open = community("PUBLIC", facilitator);
		this.results.action(closed, facilitator, "Hidden", null);

		get("/api/v1/communities/" + MeetingFixtures.slugOf(closed) + "/actions", facilitator)
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		get("/api/v1/communities/no-such-community/actions", null).andExpect(status().isNotFound());
		String path = "/api/v1/communities/" + MeetingFixtures.slugOf(open) + "/actions";
		for (String query : new String[] { "?year=soon", "?year=1999", "?page=0", "?size=101", "?size=x" }) {
			get(path + query, null).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400));
		}
		get(path + "?year=soon", null).andExpect(jsonPath("$.parameter").value("year"));
	}

	@Test
	void theApiReadsAsManyStatementsForTwentyActionsAsForTwo() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal owner = member("Owen");
		UUID community = community("PUBLIC", facilitator, owner);
		Meeting meeting = this.fixtures.meeting(community, facilitator, "March meeting");
		String path = "/api/v1/communities/" + MeetingFixtures.slugOf(community) + "/actions?size=100";
		add(community, facilitator, owner, meeting, 2);
		SqlStatements.Recorded two = SqlStatements.count(() -> get(path, null).andExpect(status().isOk()));
		add(community, facilitator, owner, meeting, 18);
		SqlStatements.Recorded twenty = SqlStatements.count(() -> get(path, null).andExpect(status().isOk()));
		assertThat(two.count()).as(two::describe).isBetween(1, 10);
		assertThat(twenty.count()).as(twenty::describe).isEqualTo(two.count());
	}

	private void add(UUID community, TestPrincipal facilitator, TestPrincipal owner, Meeting meeting, int count) {
		for (int i = 0; i < count; i++) {
			Action action = this.actions
				.save(Action.plan(community, LocalDate.now().getYear(), "Action " + i, null, null, Set.of(owner.id()),
						new Origin(meeting.id(), null, "Housing", UUID.randomUUID()), facilitator.id(), Instant.now()));
			this.agenda.report(owner, action.id(), new ProgressReport(LocalDate.now(), "Step", 10));
			this.agenda.report(owner, action.id(), new ProgressReport(LocalDate.now(), "Step", 20));
		}
	}

}
