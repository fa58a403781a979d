package org.kring.search;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.browser.Accessibility;
import org.kring.meeting.internal.Meeting;
import org.kring.practice.PracticeBrowserTestSupport;
import org.kring.practice.PracticeFixtures;
import org.kring.search.internal.SearchIndex;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor searches from the box in the page header, narrows the results by a facet,
 * pages on and opens a meeting found; every page passes axe.
 */
class SearchBrowserTests extends PracticeBrowserTestSupport {

	@Autowired
	private SearchIndex index;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@AfterEach
	void emptyIndex() {
		this.index.lastRebuild().join();
		Search.mapping(this.entityManagerFactory).scope(Object.class).workspace().purge();
	}

	@Test
	void aVisitorSearchesFromTheHeaderNarrowsByCountryAndOpensAMeeting() {
		TestPrincipal submitter = this.fixtures.member("Submitter");
		TestPrincipal coordinator = this.fixtures.person("Coordinator", org.kring.account.InstanceRole.COORDINATOR,
				java.util.Locale.ENGLISH);
		UUID community = this.fixtures.community("PUBLIC", submitter);
		for (int i = 0; i < 21; i++) {
			this.practices.published(submitter, PracticeFixtures.description("Kestrel walk " + i,
					(i % 2 == 0) ? "BE" : "NL", PracticeFixtures.FIELD), coordinator);
		}
		Meeting meeting = this.fixtures.meeting(community, submitter, "Kestrel evening");
		Page page = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.visit(page, "/");

		page.getByLabel("Search everything").fill("kestrel");
		this.browser
			.click(page.locator("header").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Go")));
		page.waitForURL("**/search?q=kestrel");
		assertThat(page.locator("main [role=status]")).hasText("Found: 22");
		assertThat(page.locator("main ol.results > li")).hasCount(20);
		Accessibility.assertNoViolations(page);

		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page")));
		assertThat(page.locator("main ol.results > li")).hasCount(2);

		this.browser
			.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meeting").setExact(true)));
		assertThat(page.locator("main [role=status]")).hasText("Found: 1");
		Accessibility.assertNoViolations(page);

		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kestrel evening")));
		page.waitForURL("**/meetings/" + meeting.id());
		assertThat(page.locator("h1")).containsText("Kestrel evening");
	}

}
