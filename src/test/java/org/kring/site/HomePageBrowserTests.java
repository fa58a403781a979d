package org.kring.site;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.browser.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class HomePageBrowserTests extends BrowserTestSupport {

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
