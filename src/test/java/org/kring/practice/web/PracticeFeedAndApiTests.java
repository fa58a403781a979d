package org.kring.practice.web;

import java.io.StringReader;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.kring.practice.PracticeFixtures;
import org.kring.practice.PracticeTestSupport;
import org.kring.practice.internal.Practice;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Atom feed and the JSON API give published practices only, never a hidden contact.
 */
class PracticeFeedAndApiTests extends PracticeTestSupport {

	@Test
	void theFeedIsValidAtomWithThePublishedPracticesNewestFirst() throws Exception {
		TestPrincipal ana = member("Ana");
		TestPrincipal cora = coordinator("Cora");
		this.practices.published(ana, "Older café", cora);
		Practice newer = this.practices.published(ana, "Newer café", cora);
		this.practices.submitted(ana, "Not yet");
		String xml = get("/feeds/practices.atom", null).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
		assertThat(feed.getId()).endsWith("/feeds/practices.atom");
		assertThat(feed.getUpdated()).isNotNull();
		assertThat(feed.getEntries()).extracting(Entry::getTitle)
			.startsWith("Newer café", "Older café")
			.doesNotContain("Not yet");
		Entry first = feed.getEntries().get(0);
		assertThat(first.getId()).endsWith("/practices/" + newer.id());
		assertThat(first.getAlternateLinks().get(0).getHref()).endsWith("/practices/" + newer.id());
	}

	@Test
	void theApiListsPublishedPracticesFilteredAndPaged() throws Exception {
		TestPrincipal ana = member("Ana");
		TestPrincipal cora = coordinator("Cora");
		this.practices.published(ana, PracticeFixtures.description("Ghent café", "BE", PracticeFixtures.FIELD), cora);
		this.practices.published(ana, PracticeFixtures.description("Utrecht coaching", "NL", PracticeFixtures.FIELD),
				cora);
		this.practices.draft(ana, "Draft");
		get("/api/v1/practices?country=NL", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].title").value("Utrecht coaching"))
			.andExpect(jsonPath("$.totalItems").value(1));
		get("/api/v1/practices?size=1&page=2&targetGroup=WOMEN", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.totalItems").value(2));
	}

	@Test
	void badApiParametersAreProblems() throws Exception {
		get("/api/v1/practices?country=XX", null).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.parameter").value("country"))
			.andExpect(jsonPath("$.detail").value("The parameter 'country' names no country"));
		get("/api/v1/practices?country=", null).andExpect(status().isOk());
		get("/api/v1/practices?targetGroup=ALIENS", null).andExpect(status().isBadRequest());
		get("/api/v1/practices/not-an-id", null).andExpect(status().isNotFound());
	}

	@Test
	void oneApiPracticeHasItsTemplateButNoHiddenContactAndDraftsAreNotThere() throws Exception {
		TestPrincipal ana = member("Ana");
		Practice published = this.practices.published(ana, "Ghent café", coordinator("Cora"));
		String json = get("/api/v1/practices/" + published.id(), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.detail.activities").value("Weekly sessions with newcomers."))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).doesNotContain("sam@example.org", "Sam Example");
		Practice draft = this.practices.draft(ana, "Draft");
		get("/api/v1/practices/" + draft.id(), ana).andExpect(status().isNotFound());
	}

}
