package org.kring.result.web;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.result.ResultTestSupport;
import org.kring.result.SignalSteps;
import org.kring.result.internal.FollowUpOutcome;
import org.kring.result.internal.Signal;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/signals}: the sent signals of public communities with their trail, never
 * a draft, a members-only community's signal or the authority's contact; filters, pages
 * and bad parameters answered as problem details.
 */
class SignalApiTests extends ResultTestSupport {

	private SignalSteps steps;

	private TestPrincipal facilitator;

	@BeforeEach
	void cast() {
		this.steps = new SignalSteps(this.signals, this.results);
		this.facilitator = member("Farida");
	}

	@Test
	void aSentSignalOfAPublicCommunityComesWithItsTrailAndWithoutItsContact() throws Exception {
		UUID open = community("PUBLIC", this.facilitator);
		UUID city = this.results.authority("City of Ghent", "MUNICIPALITY");
		Meeting meeting = this.fixtures.meeting(open, this.facilitator, "March meeting");
		Signal signal = this.steps.sentFrom(open, this.facilitator, "Interpreters", meeting.id(),
				"Language at the counter", city, Instant.parse("2026-03-10T10:00:00Z"));
		signal = this.steps.answer(signal, "We agree.", Instant.parse("2026-04-02T10:00:00Z"));
		this.steps.followUp(signal, FollowUpOutcome.IMPLEMENTED, "Done", Instant.parse("2026-09-01T10:00:00Z"));
		this.results.draftSignal(open, this.facilitator, "A draft");
		String slug = MeetingFixtures.slugOf(open);

		String json = get("/api/v1/signals?community=" + slug, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(signal.id().toString()))
			.andExpect(jsonPath("$.items[0].kind").value("signal"))
			.andExpect(jsonPath("$.items[0].title").value("Interpreters"))
			.andExpect(jsonPath("$.items[0].text").value("Text of Interpreters."))
			.andExpect(jsonPath("$.items[0].ask").value("Please act."))
			.andExpect(jsonPath("$.items[0].community.slug").value(slug))
			.andExpect(jsonPath("$.items[0].authority.name").value("City of Ghent"))
			.andExpect(jsonPath("$.items[0].authority.organisation").isString())
			.andExpect(jsonPath("$.items[0].meeting.id").value(meeting.id().toString()))
			.andExpect(jsonPath("$.items[0].meeting.title").value("March meeting"))
			.andExpect(jsonPath("$.items[0].meeting.date").value(meeting.start().toLocalDate().toString()))
			.andExpect(jsonPath("$.items[0].theme").value("Language at the counter"))
			.andExpect(jsonPath("$.items[0].state").value("followed_up"))
			.andExpect(jsonPath("$.items[0].sentAt").value("2026-03-10T10:00:00Z"))
			.andExpect(jsonPath("$.items[0].acknowledgedAt").value("2026-04-02T10:00:00Z"))
			.andExpect(jsonPath("$.items[0].answeredAt").value("2026-04-02T10:00:00Z"))
			.andExpect(jsonPath("$.items[0].answer").value("We agree."))
			.andExpect(jsonPath("$.items[0].followedUpAt").value("2026-09-01T10:00:00Z"))
			.andExpect(jsonPath("$.items[0].outcome").value("implemented"))
			.andExpect(jsonPath("$.items[0].url").value("http://localhost:8080/signals/" + signal.id()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).doesNotContain(SignalSteps.CONTACT.email())
			.doesNotContain(SignalSteps.CONTACT.name())
			.doesNotContain("A draft");

		Signal direct = this.steps.sent(open, this.facilitator, "To an office");
		get("/api/v1/signals?community=" + slug + "&state=sent", null).andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(direct.id().toString()))
			.andExpect(jsonPath("$.items[0].authority.name").value("Integration office, Ghent"))
			.andExpect(jsonPath("$.items[0].authority.organisation").doesNotExist())
			.andExpect(jsonPath("$.items[0].meeting").doesNotExist());
	}

	@Test
	void aMembersOnlyCommunitysSignalsNeverAppearWhoeverAsks() throws Exception {
		TestPrincipal member = member("Mila");
		UUID closed = community("MEMBERS_ONLY", this.facilitator, member);
		UUID secret = community("SECRET", this.facilitator, member);
		UUID open = community("PUBLIC", this.facilitator);
		this.steps.sent(closed, this.facilitator, "Members only signal");
		this.steps.sent(secret, this.facilitator, "Secret signal");
		Signal visible = this.steps.sent(open, this.facilitator, "Public signal");

		String listed = get("/api/v1/signals?size=100", member).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(listed).contains(visible.id().toString())
			.doesNotContain("Members only signal")
			.doesNotContain("Secret signal");
		get("/api/v1/signals?community=" + MeetingFixtures.slugOf(closed), member).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		get("/api/v1/signals?community=" + MeetingFixtures.slugOf(secret), administrator("Ada"))
			.andExpect(status().isNotFound());
	}

	@Test
	void filtersAndPages() throws Exception {
		UUID open = community("PUBLIC", this.facilitator);
		String slug = MeetingFixtures.slugOf(open);
		Signal first = this.steps.send(this.results.draftSignal(open, this.facilitator, "First"), this.facilitator,
				Instant.parse("2025-05-01T10:00:00Z"));
		Signal second = this.steps.sent(open, this.facilitator, "Second");
		Signal third = this.steps.answer(this.steps.sent(open, this.facilitator, "Third"), "Yes", Instant.now());

		get("/api/v1/signals?community=" + slug + "&size=2&page=2", null).andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].id").value(first.id().toString()));
		get("/api/v1/signals?community=" + slug + "&year=2025", null).andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].title").value("First"));
		get("/api/v1/signals?community=" + slug + "&state=ANSWERED", null).andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(third.id().toString()));
		get("/api/v1/signals?community=" + slug + "&page=9", null).andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items.length()").value(0));
		assertThat(second.id()).isNotNull();
	}

	@Test
	void badParametersAreProblems() throws Exception {
		get("/api/v1/signals?state=bogus", null).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("state"));
		get("/api/v1/signals?state=draft", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("state"));
		get("/api/v1/signals?year=abc", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("year"));
		get("/api/v1/signals?year=20260", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("year"));
		get("/api/v1/signals?page=0", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("page"));
		get("/api/v1/signals?size=101", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("size"));
		get("/api/v1/signals?community=no-such-community", null).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no public community at 'no-such-community'"));
	}

	@Test
	void theListReadsAsManyStatementsForTwentyFiveSignalsAsForTwo() throws Exception {
		UUID open = community("PUBLIC", this.facilitator);
		UUID city = this.results.authority("City of Ghent", "MUNICIPALITY");
		Meeting meeting = this.fixtures.meeting(open, this.facilitator, "March meeting");
		this.steps.many(open, this.facilitator, meeting.id(), city, 2);
		SqlStatements.Recorded two = SqlStatements
			.count(() -> get("/api/v1/signals?size=100", null).andExpect(status().isOk()));
		this.steps.many(open, this.facilitator, meeting.id(), city, 23);
		SqlStatements.Recorded many = SqlStatements
			.count(() -> get("/api/v1/signals?size=100", null).andExpect(status().isOk()));
		assertThat(two.count()).as(two::describe).isBetween(1, 10);
		assertThat(many.count()).as(many::describe).isEqualTo(two.count());
	}

}
