package org.kring.system.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.browser.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesBrowserTests extends BrowserTestSupport {

	@Test
	void unknownAddressAnswers404WithAPageInDutchThatLeadsHome() {
		Page page = this.browser.page();
		Response response = this.browser.visit(page, "/bestaat-niet");
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(page.locator("h1")).hasText("Pagina niet gevonden");
		assertThat(page.locator("main")).containsText("Foutcode 404");
		assertThat(page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Naar de startpagina")))
			.hasAttribute("href", "/");
	}

	@Test
	void unknownAddressSpeaksEnglishToAnEnglishBrowserWithoutNamingTheFramework() {
		Page page = this.browser.newPage((options) -> options.setLocale("en"));
		Response response = this.browser.visit(page, "/no/such/page?x=1");
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("h1")).hasText("Page not found");
		assertThat(page).hasTitle("Page not found · Kring");
		assertThat(page.content()).doesNotContainIgnoringCase("whitelabel")
			.doesNotContainIgnoringCase("spring")
			.doesNotContainIgnoringCase("exception");
	}

}
