package org.kring.result.web;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.result.ResultTestSupport;
import org.kring.result.SignalSteps;
import org.kring.result.internal.Signal;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The results section of a community's page: its sent signals per state, drafts never
 * counted, links to the tracker, the action agenda, the toolbox and the legislation
 * register, shown to the community's readers only, in as many statements for many signals
 * as for few.
 */
class ResultsSectionTests extends ResultTestSupport {

	@Test
	void theCommunityPageCountsSentSignalsPerStateAndLinksToTheResultPages() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Mila");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		SignalSteps steps = new SignalSteps(this.signals, this.results);
		this.results.draftSignal(community, facilitator, "A draft");
		steps.send(this.results.draftSignal(community, facilitator, "Sent"), facilitator, Instant.now());
		Signal answered = steps.send(this.results.draftSignal(community, facilitator, "Answered"), facilitator,
				Instant.now());
		steps.answer(answered, "Yes", Instant.now());
		String slug = MeetingFixtures.slugOf(community);
		String path = "/communities/" + slug;

		String page = page(path, member);
		assertThat(page).contains("id=\"section-results\">Results</h2>")
			.contains("<a href=\"/results?community=" + slug + "&amp;state=SENT\">Sent 1</a>")
			.contains(">Answered 1</a>")
			.contains(">Acknowledged 0</a>")
			.contains("href=\"/results?community=" + slug + "\"")
			.contains("href=\"" + path + "/actions\"")
			.contains("href=\"" + path + "/tools\"")
			.contains("href=\"" + path + "/legislation-tests\"");
		assertThat(page(path, member("Olga"))).doesNotContain("section-results");

		UUID quiet = community("PUBLIC", facilitator);
		assertThat(page("/communities/" + MeetingFixtures.slugOf(quiet), null))
			.contains("This community has not sent a signal or recommendation yet.");
	}

	@Test
	void membersFindTheDraftsToCompleteAndFacilitatorsTheFormToWriteOne() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Mila");
		UUID community = community("PUBLIC", facilitator, member);
		Signal draft = this.results.draftSignal(community, facilitator, "Waiting times at the counter");
		String path = "/communities/" + MeetingFixtures.slugOf(community);

		assertThat(page(path, facilitator)).contains("<a href=\"" + path + "/signals/new\">Write a joint signal</a>")
			.contains("Drafts to complete and send")
			.contains("<a href=\"/signals/" + draft.id() + "\">Waiting times at the counter</a>");
		assertThat(page(path, member)).contains("href=\"/signals/" + draft.id() + "\"")
			.doesNotContain(path + "/signals/new");
		assertThat(page(path, null)).contains("id=\"section-results\"")
			.doesNotContain("/signals/" + draft.id())
			.doesNotContain("Drafts to complete");
	}

	@Test
	void anAdvisoryBodysFacilitatorWritesRecommendations() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("PUBLIC", facilitator);
		this.jdbc.update("update community set kind = 'ADVISORY_BODY' where id = ?", community);
		String path = "/communities/" + MeetingFixtures.slugOf(community);

		assertThat(page(path, facilitator)).contains(">Write a recommendation</a>");
	}

	@Test
	void theSectionReadsAsManyStatementsForManySignalsAsForFew() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("PUBLIC", facilitator);
		SignalSteps steps = new SignalSteps(this.signals, this.results);
		String path = "/communities/" + MeetingFixtures.slugOf(community);
		steps.send(this.results.draftSignal(community, facilitator, "One"), facilitator, Instant.now());
		SqlStatements.Recorded few = SqlStatements.count(() -> get(path, null).andExpect(status().isOk()));
		for (int i = 0; i < 20; i++) {
			Signal signal = steps.send(this.results.draftSignal(community, facilitator, "Signal " + i), facilitator,
					Instant.now());
			if (i % 2 == 0) {
				steps.answer(signal, "Yes", Instant.now());
			}
		}
		SqlStatements.Recorded many = SqlStatements.count(() -> get(path, null).andExpect(status().isOk()));
		assertThat(many.count()).as(many::describe).isEqualTo(few.count());
	}

	private String page(String path, TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
