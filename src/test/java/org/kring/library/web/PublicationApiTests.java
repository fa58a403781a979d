package org.kring.library.web;

import java.io.StringReader;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.kring.library.LibraryTestSupport;
import org.kring.library.internal.Publication;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/publications} and {@code /feeds/publications.atom}: public publications
 * only, filters, bad parameters as problem details, one publication with its versions,
 * translations and file links, and an Atom feed Rome reads back.
 */
class PublicationApiTests extends LibraryTestSupport {

	@Test
	void theApiListsPublicPublicationsAndNeverThoseOfAMembersOnlyCommunity() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		Publication open = publication("Test Open report", coordinator, null);
		UUID closed = community("MEMBERS_ONLY", member("Fay Cilitator"));
		Publication hidden = publication("Test Closed report", coordinator, closed);
		get("/api/v1/publications?kind=REPORT&year=2025&size=100", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(hasItem(open.id().toString())))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem(hidden.id().toString()))));
		get("/api/v1/publications?kind=TOOLKIT&size=100", null)
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem(open.id().toString()))));
		get("/api/v1/publications/" + hidden.id(), null).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void onePublicationComesWithItsVersionsTranslationsAndFileLinks() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		Publication report = publication("Test Detailed", coordinator, null);
		this.library.translate(report, "fr", "Test Détaillé", "Résumé", java.util.List.of(), coordinator.id());
		get("/api/v1/publications/" + report.id(), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Test Detailed"))
			.andExpect(jsonPath("$.versions[0].number").value(1))
			.andExpect(jsonPath("$.versions[0].files[0].name").value("report.pdf"))
			.andExpect(jsonPath("$.versions[0].files[0].url")
				.value(org.hamcrest.Matchers.containsString("/publications/" + report.id() + "/files/")))
			.andExpect(jsonPath("$.translations[0].language").value("fr"))
			.andExpect(jsonPath("$.translations[0].title").value("Test Détaillé"));
	}

	@Test
	void badParametersAreProblemDetails() throws Exception {
		get("/api/v1/publications?kind=POEM", null).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("kind")));
		get("/api/v1/publications?year=soon", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("year"))
			.andExpect(jsonPath("$.detail").value("The parameter 'year' must be a whole number from 1900 to 2200"));
		get("/api/v1/publications?year=", null).andExpect(status().isBadRequest());
		get("/api/v1/publications?kind=REPORT&kind=TOOLKIT", null).andExpect(status().isBadRequest());
		get("/api/v1/publications?size=101", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("size"));
		get("/api/v1/publications?language=zz", null).andExpect(status().isBadRequest());
		get("/api/v1/publications/not-an-id", null).andExpect(status().isNotFound());
	}

	@Test
	void theFeedIsAtomThatRomeReadsWithPublicPublicationsOnly() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		Publication open = publication("Test Fed report", coordinator, null);
		UUID closed = community("MEMBERS_ONLY", member("Fay Cilitator"));
		publication("Test Unfed report", coordinator, closed);
		String xml = get("/feeds/publications.atom", null).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getEntries()).anySatisfy((entry) -> {
			assertThat(entry.getTitle()).isEqualTo("Test Fed report");
			assertThat(entry.getLink()).endsWith("/publications/" + open.id());
		});
		assertThat(feed.getEntries()).noneSatisfy((entry) -> assertThat(entry.getTitle()).contains("Unfed"));
	}

}
