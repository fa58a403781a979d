package org.kring.organisation;

import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.browser.BrowserTestSupport;
import org.kring.browser.TestMail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator adds an organisation, types a website that is none, reads the message
 * next to the field with everything else still filled in, corrects it and lands on the
 * new organisation's page.
 */
class OrganisationFormBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "walnut ferry lantern 58";

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private OrganisationFixtures fixtures;

	@AfterEach
	void deleteOrganisations() {
		if (this.fixtures != null) {
			this.fixtures.deleteAll();
		}
	}

	@Test
	void aCoordinatorCorrectsABadWebsiteAndAddsTheOrganisation() {
		this.fixtures = new OrganisationFixtures(this.jdbc);
		String email = TestMail.newAddress("coordinator");
		this.accounts.createVerified("Corin", email, PASSWORD, Locale.ENGLISH, InstanceRole.COORDINATOR);
		Page page = this.browser.newPage((options) -> options.setLocale("en-GB"));
		this.browser.visit(page, "/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));

		this.browser.visit(page, "/organisations");
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an organisation")));
		assertThat(page.locator("h1")).hasText("Add an organisation");
		String name = "Harbour Lights " + this.fixtures.run();
		page.locator("#name").fill(name);
		page.locator("#kind").selectOption("MIGRANT_LED");
		page.locator("#country").selectOption("NL");
		page.locator("#region").fill("Zeeland");
		page.locator("#website").fill("harbour lights dot example");
		page.getByLabel("Education and lifelong learning").check();
		page.locator("#description").fill("Peer support by newcomers for newcomers.");
		Response rejected = page.waitForResponse(
				(response) -> response.url().endsWith("/organisations/new")
						&& "POST".equals(response.request().method()),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the organisation"))
					.click());
		assertThat(rejected.status()).isEqualTo(422);
		this.browser.checkAccessibility(page);
		assertThat(page.locator("#website-error"))
			.hasText("Enter a web address that starts with https:// or http://, such as https://example.org.");
		assertThat(page.locator("#website")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#website")).hasAttribute("aria-describedby",
				java.util.regex.Pattern.compile(".*website-error.*"));
		assertThat(page.locator("#name")).hasValue(name);
		assertThat(page.locator("#kind")).hasValue("MIGRANT_LED");
		assertThat(page.locator("#country")).hasValue("NL");
		assertThat(page.locator("#region")).hasValue("Zeeland");
		assertThat(page.locator("#website")).hasValue("harbour lights dot example");
		assertThat(page.getByLabel("Education and lifelong learning")).isChecked();
		assertThat(page.locator("#description")).hasValue("Peer support by newcomers for newcomers.");
		assertThat(page.locator(".error")).hasCount(1);

		page.locator("#website").fill("https://harbour-lights.example");
		this.browser
			.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the organisation")));
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator(".notice")).hasText("The organisation was added.");
		assertThat(page)
			.hasURL(java.util.regex.Pattern.compile("/organisations/harbour-lights-" + this.fixtures.run() + "$"));
		assertThat(page.locator("main")).containsText("Netherlands");
		assertThat(page.locator("main")).containsText("Migrant-led organisation");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("https://harbour-lights.example")))
			.isVisible();
	}

}
