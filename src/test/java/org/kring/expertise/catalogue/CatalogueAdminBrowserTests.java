package org.kring.expertise.catalogue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.browser.BrowserTestSupport;
import org.kring.browser.TestMail;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.Qualifications;
import org.kring.expertise.TestCatalogueEntries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator follows the Administration link, adds an expertise field with a Dutch
 * translation after forgetting its English name, renames it, finds it among the fields of
 * the organisation form, retires it and no longer finds it there, while the catalogue
 * still shows it, retired; the catalogue fits a 320 pixel screen.
 */
class CatalogueAdminBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "quarry meadow violin 27";

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ExpertiseFields fields;

	@Autowired
	private Qualifications qualifications;

	@AfterEach
	void removeTheField() {
		TestCatalogueEntries.removeAll(this.jdbc, this.fields, this.qualifications);
	}

	@Test
	void anAdministratorAddsRenamesAndRetiresAField() {
		String email = TestMail.newAddress("ada");
		this.accounts.createVerified("Ada", email, PASSWORD, null, InstanceRole.ADMINISTRATOR);
		Page page = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.visit(page, "/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));

		this.browser.click(page.locator("header")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration")));
		assertThat(page.locator("h1")).hasText("Expertise fields and qualifications");
		this.browser
			.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an expertise field")));
		page.locator("#name-nl").fill("Test Lotgenotensteun");
		page.locator("#description-en").fill("Newcomers helping newcomers.");
		Response rejected = page.waitForResponse((response) -> response.url().endsWith("/admin/expertise/fields/new")
				&& "POST".equals(response.request().method()), () -> add(page).click());
		assertThat(rejected.status()).isEqualTo(422);
		this.browser.checkAccessibility(page);
		assertThat(page.locator("#name-en-error")).hasText("Enter the English name.");
		assertThat(page.locator("#name-nl")).hasValue("Test Lotgenotensteun");
		assertThat(page.locator("#description-en")).hasValue("Newcomers helping newcomers.");

		page.locator("#name-en").fill("Test Peer support");
		page.locator("#examples-en").fill("Buddy schemes\nPeer circles");
		this.browser.click(add(page));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The entry was added.");
		Locator row = page.locator("tr#test-peer-support");
		assertThat(row).containsText("Test Peer support");
		assertThat(row).containsText("Test Lotgenotensteun");
		assertThat(row).containsText("In use");

		this.browser
			.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit Test Peer support")));
		page.locator("#name-en").fill("Test Peer mentoring");
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the wording")));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The wording was saved.");
		assertThat(row).containsText("Test Peer mentoring");

		this.browser.visit(page, "/organisations/new");
		assertThat(page.getByLabel("Test Peer mentoring")).isVisible();

		this.browser.visit(page, "/admin/expertise");
		this.browser
			.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retire Test Peer mentoring")));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The entry was retired.");
		assertThat(row).containsText("Retired");
		assertThat(row).containsText("Test Peer mentoring");
		assertThat(
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reinstate Test Peer mentoring")))
			.isVisible();

		this.browser.visit(page, "/organisations/new");
		assertThat(page.getByLabel("Test Peer mentoring")).hasCount(0);
		assertThat(page.getByLabel("Housing and sources of income")).isVisible();

		this.browser.visit(page, "/admin/expertise/fields/test-peer-support/edit");
		assertThat(page.locator("main")).containsText("This entry is retired");
		assertThat(this.jdbc.queryForObject("select count(*) from expertise_field where code = 'test-peer-support'",
				Integer.class))
			.isOne();

		this.browser.visit(page, "/admin/expertise");
		page.setViewportSize(320, 640);
		java.util.List<?> widths = (java.util.List<?>) page
			.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
		assertThat(((Number) widths.get(0)).intValue()).as("the catalogue at 320 pixels")
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
		this.browser.checkAccessibility(page);
	}

	private static Locator add(Page page) {
		return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add"));
	}

}
