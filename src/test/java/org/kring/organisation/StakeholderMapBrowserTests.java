package org.kring.organisation;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.browser.BrowserTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Journey (3): a visitor reads the stakeholder map, narrows it to one country and follows
 * a count to the organisations behind it; without JavaScript, as every page works.
 */
class StakeholderMapBrowserTests extends BrowserTestSupport {

	@Autowired
	private JdbcTemplate jdbc;

	private OrganisationFixtures fixtures;

	@BeforeEach
	void organisations() {
		this.fixtures = new OrganisationFixtures(this.jdbc);
		OrganisationSummary bridge = this.fixtures.add("Bridge House", OrganisationKind.NGO, "BE", "Antwerp",
				"education", "housing-income");
		OrganisationSummary clinic = this.fixtures.add("Open Clinic", OrganisationKind.SERVICE_PROVIDER, "BE", "Ghent",
				"health-care", "education");
		OrganisationSummary lab = this.fixtures.add("Dike Lab", OrganisationKind.UNIVERSITY_OR_RESEARCH, "NL",
				"Utrecht", "education");
		this.fixtures.add("Passerelle", OrganisationKind.NGO, "FR", null, "education");
		this.fixtures.relate(lab, bridge, RelationKind.PROJECT_PARTNER, "Shared curriculum");
		this.fixtures.relate(bridge, clinic, RelationKind.REFERS_CLIENTS_TO, "Trauma care");
	}

	@AfterEach
	void deleteOrganisations() {
		this.fixtures.deleteAll();
	}

	@Test
	void aVisitorFiltersTheMapToOneCountryAndFollowsACountToTheList() {
		Page page = this.browser.newPage((options) -> options.setLocale("en-GB").setJavaScriptEnabled(false));
		this.browser.visit(page, "/stakeholder-map");
		assertThat(page.locator("h1")).hasText("Stakeholder map");
		Locator matrix = page.locator("table.matrix");
		assertThat(matrix.locator("thead th"))
			.containsText(new String[] { "Fields of work", "Belgium", "France", "Netherlands" });
		assertThat(row(matrix, "Education and lifelong learning").locator("td"))
			.hasText(new String[] { "2", "1", "1" });
		assertThat(page.locator("svg[role=img] circle")).hasCount(4);
		assertThat(page.getByRole(AriaRole.IMG,
				new Page.GetByRoleOptions().setName("Network of relations between organisations")))
			.isVisible();

		page.locator("#filter-country").selectOption("BE");
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")));
		assertThat(page.locator("#matrix")).hasText("Fields of work by region in Belgium");
		assertThat(matrix.locator("thead th")).hasText(new String[] { "Fields of work", "Antwerp", "Ghent" });
		assertThat(row(matrix, "Education and lifelong learning").locator("td")).hasText(new String[] { "1", "1" });
		assertThat(row(matrix, "Access to health care and therapeutic services").locator("td"))
			.hasText(new String[] { "0", "1" });
		assertThat(page.locator("svg[role=img] circle")).hasCount(2);
		assertThat(page.locator("main")).not().containsText("Dike Lab");
		assertThat(page.locator("#relations-list + .table-scroll table")).containsText("Trauma care");

		this.browser.click(row(matrix, "Access to health care and therapeutic services").getByRole(AriaRole.LINK));
		assertThat(page)
			.hasURL(java.util.regex.Pattern.compile("/organisations\\?field=health-care&country=BE&region=Ghent$"));
		assertThat(page.locator(".cards .card h3")).hasText(new String[] { "Open Clinic" });
		assertThat(page.locator("#filter-country")).hasValue("BE");
		assertThat(page.locator("#filter-field")).hasValue("health-care");
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open Clinic")));
		assertThat(page.locator("h1")).hasText("Open Clinic");
		assertThat(page.locator("main")).containsText("Bridge House");
	}

	private static Locator row(Locator matrix, String field) {
		return matrix.locator("tbody tr")
			.filter(new Locator.FilterOptions()
				.setHas(matrix.page().locator("th", new Page.LocatorOptions().setHasText(field))));
	}

}
