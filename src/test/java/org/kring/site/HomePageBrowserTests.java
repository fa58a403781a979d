package org.kring.site;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingBrowserTestSupport;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class HomePageBrowserTests extends MeetingBrowserTestSupport {

	@Test
	void aVisitorFindsAnUpcomingPublicMeetingOnTheHomePageAndOpensIt() {
		TestPrincipal facilitator = this.fixtures.member("Farida");
		UUID community = this.fixtures.community("SECRET", facilitator);
		String title = "Seminar on diplomas " + Long.toString(System.nanoTime(), 36);
		this.fixtures.meeting(community, facilitator, MeetingFixtures.details(title, 1, 80, true));
		Page page = this.browser.newPage((options) -> options.setLocale("en-GB"));
		this.browser.visit(page, "/");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Upcoming meetings")))
			.isVisible();
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)));
		assertThat(page.locator("h1")).hasText(title);
	}

	@Test
	void speaksTheInstanceDefaultDutchToABrowserWhoseLanguageKringDoesNotOffer() {
		Page page = this.browser.newPage((options) -> options.setLocale("de-DE"));
		this.browser.visit(page, "/");
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(page.locator("html")).hasAttribute("dir", "ltr");
		assertThat(page.locator("h1")).hasText("Welkom bij Kring");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Account aanmaken")))
			.hasAttribute("href", "/signup");
	}

	@Test
	void speaksEnglishToAnEnglishBrowser() {
		Page page = this.browser.newPage((options) -> options.setLocale("en-GB"));
		this.browser.visit(page, "/");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Welcome to Kring");
		assertThat(page).hasTitle("Home · Kring");
	}

}
