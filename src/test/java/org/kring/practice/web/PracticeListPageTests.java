package org.kring.practice.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kring.practice.PracticeFixtures;
import org.kring.practice.PracticeTestSupport;
import org.kring.practice.internal.ContactVisibility;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeDescription;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of published practices and a practice's page: what each reader sees, the
 * filters and their bad values, and a statement count that does not grow with the list.
 */
class PracticeListPageTests extends PracticeTestSupport {

	@Test
	void everyoneSeesPublishedPracticesOnlyAndTheFiltersNarrowThem() throws Exception {
		TestPrincipal ana = member("Ana");
		TestPrincipal cora = coordinator("Cora");
		this.practices.published(ana, PracticeFixtures.description("Ghent language café", "BE", PracticeFixtures.FIELD),
				cora);
		this.practices.published(ana,
				PracticeFixtures.description("Utrecht job coaching", "NL", PracticeFixtures.FIELD), cora);
		this.practices.draft(ana, "Secret draft");
		String all = page("/practices", null);
		assertThat(all).contains("Ghent language café", "Utrecht job coaching").doesNotContain("Secret draft");
		assertThat(page("/practices?country=NL", null)).contains("Utrecht job coaching")
			.doesNotContain("Ghent language café");
		assertThat(page("/practices?q=GHENT", null)).contains("Ghent language café")
			.doesNotContain("Utrecht job coaching");
		assertThat(page("/practices?q=%25", null)).doesNotContain("Ghent language café");
		assertThat(page("/practices?year=2021&targetGroup=WOMEN&language=en&field=" + PracticeFixtures.FIELD, null))
			.contains("Ghent language café", "Utrecht job coaching");
	}

	@Test
	void theListLinksTheBenchmarkForAllAndTheEvaluationAndHandbookForCoordinatorsOnly() throws Exception {
		String visitor = page("/practices", null);
		String member = page("/practices", member("Ana"));
		String coordinator = page("/practices", coordinator("Cora"));
		String administrator = page("/practices", administrator("Ada"));
		assertThat(visitor).contains("href=\"/practices/benchmark\"")
			.doesNotContain("href=\"/practices/reviews\"", "href=\"/practices/evaluation\"",
					"href=\"/practices/handbook\"");
		assertThat(member).contains("href=\"/practices/benchmark\"", "href=\"/practices/reviews\"")
			.doesNotContain("href=\"/practices/evaluation\"", "href=\"/practices/handbook\"");
		for (String page : new String[] { coordinator, administrator }) {
			assertThat(page).contains("href=\"/practices/benchmark\"", "href=\"/practices/reviews\"",
					"href=\"/practices/evaluation\"", "href=\"/practices/handbook\"");
		}
	}

	@Test
	void badFilterValuesAnswer422NextToTheFilter() throws Exception {
		String page = get("/practices?country=XX&year=soon&targetGroup=ALIENS&field=nothing", null)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"country-error\"", "id=\"year-error\"", "id=\"targetGroup-error\"",
				"id=\"field-error\"", "value=\"soon\"");
	}

	@Test
	void aLongQueryIsCutAndThePageSaysSo() throws Exception {
		assertThat(page("/practices?q=" + "a".repeat(10_000), null)).contains("Only the first 200 characters");
	}

	@Test
	void signedInPeopleSeeTheirOwnUnpublishedPracticesAndALinkToShareOne() throws Exception {
		TestPrincipal ana = member("Ana");
		this.practices.draft(ana, "Draft by Ana");
		assertThat(page("/practices", ana)).contains("Draft by Ana", "href=\"/practices/new\"");
		assertThat(page("/practices", member("Bo"))).doesNotContain("Draft by Ana");
		assertThat(page("/practices", null)).doesNotContain("href=\"/practices/new\"");
	}

	@Test
	void theContactShowsOnlyAsItsSubmitterAllows() throws Exception {
		TestPrincipal ana = member("Ana");
		TestPrincipal cora = coordinator("Cora");
		Practice hidden = this.practices.published(ana, withContact("Hidden contact", ContactVisibility.NOBODY), cora);
		Practice members = this.practices.published(ana, withContact("Members contact", ContactVisibility.MEMBERS),
				cora);
		Practice open = this.practices.published(ana, withContact("Public contact", ContactVisibility.PUBLIC), cora);
		TestPrincipal bo = member("Bo");
		assertThat(page("/practices/" + hidden.id(), null)).doesNotContain("sam@example.org");
		assertThat(page("/practices/" + hidden.id(), bo)).doesNotContain("sam@example.org");
		assertThat(page("/practices/" + hidden.id(), ana)).contains("sam@example.org");
		assertThat(page("/practices/" + hidden.id(), cora)).contains("sam@example.org");
		assertThat(page("/practices/" + members.id(), null)).doesNotContain("sam@example.org");
		assertThat(page("/practices/" + members.id(), bo)).contains("sam@example.org");
		assertThat(page("/practices/" + open.id(), null)).contains("sam@example.org");
	}

	@Test
	void theHistoryIsForThoseWhoFollowTheReview() throws Exception {
		TestPrincipal ana = member("Ana");
		Practice practice = this.practices.published(ana, "Ghent language café", coordinator("Cora"));
		assertThat(page("/practices/" + practice.id(), ana)).contains("id=\"history-heading\"");
		assertThat(page("/practices/" + practice.id(), null)).contains("Ghent language café")
			.doesNotContain("id=\"history-heading\"");
	}

	@Test
	void theListTakesAsManyStatementsForTwentyFivePracticesAsForTwo() throws Exception {
		TestPrincipal ana = member("Ana");
		TestPrincipal cora = coordinator("Cora");
		publish(ana, cora, 2);
		// the first request fills caches every page shares (the field catalogue)
		get("/practices", ana).andExpect(status().isOk());
		SqlStatements.Recorded two = SqlStatements.count(() -> get("/practices", ana).andExpect(status().isOk()));
		publish(ana, cora, 23);
		SqlStatements.Recorded many = SqlStatements.count(() -> get("/practices", ana).andExpect(status().isOk()));
		assertThat(two.count()).as(two::describe).isBetween(1, 12);
		assertThat(many.count()).as(many::describe).isEqualTo(two.count());
	}

	private void publish(TestPrincipal submitter, TestPrincipal coordinator, int count) {
		for (int i = 0; i < count; i++) {
			this.practices.published(submitter, "Practice " + i + " of " + count, coordinator);
		}
	}

	private static PracticeDescription withContact(String title, ContactVisibility visibility) {
		PracticeDescription d = PracticeFixtures.description(title);
		return new PracticeDescription(d.title(), d.summary(), d.country(), d.region(), d.fields(), d.targetGroups(),
				d.organisationId(), d.organisationName(), d.startYear(), d.stillRunning(), d.context(), d.objectives(),
				d.activities(), d.results(), d.evidence(), d.resources(), d.transfer(), d.contactName(),
				d.contactEmail(), visibility, d.language(), Set.of("nl"), d.links());
	}

	private String page(String path, @Nullable TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
