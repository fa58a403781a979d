package org.kring.expertise.coverage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import org.kring.community.CommunityFixtures;
import org.kring.community.CommunityKind;
import org.kring.community.CommunityRole;
import org.kring.community.Visibility;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.CommunityDescription;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;
import org.kring.organisation.OrganisationFixtures;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator chooses their community on the coverage page, reads the matrix and its
 * gaps, mistypes a target and reads why, lowers the target to two experts per partner and
 * sees the shortfalls change; the CSV link is there, and the matrix fits a 320 pixel
 * screen by scrolling inside its own box.
 */
class CoverageBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "orchard lantern pebble 41";

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private Communities communities;

	@Autowired
	private Memberships memberships;

	@Autowired
	private JdbcTemplate jdbc;

	private OrganisationFixtures organisations;

	private CoverageFixtures nominations;

	private Community community;

	@AfterEach
	void deleteAll() {
		this.nominations.deleteAll();
		this.communities.deleteById(this.community.id());
		this.organisations.deleteAll();
	}

	@Test
	void aFacilitatorReadsTheGapsAndLowersTheTarget() {
		String email = TestMail.newAddress("fenna");
		UUID facilitator = this.accounts.createVerified("Fenna", email, PASSWORD, null, InstanceRole.MEMBER);
		craftedCommunity(facilitator);

		Page page = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.visit(page, "/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));

		this.browser.visit(page, "/experts/coverage");
		this.browser.click(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Women newcomers " + this.community.slug())));
		assertThat(page.locator("h1")).hasText("Coverage of experts: Women newcomers " + this.community.slug());
		Locator gaps = page.locator("ul.gaps");
		assertThat(gaps).containsText("Maison des Passerelles has no expert on Housing and sources of income");
		assertThat(gaps).containsText("Brückenwerk Leipzig has 1 expert, target 5");
		assertThat(gaps).containsText("Maison des Passerelles has 2 experts, target 5");
		assertThat(page.locator("tfoot td.shortfall").first()).containsText("of 5");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the matrix as CSV")))
			.hasAttribute("href", "/experts/coverage.csv?community=" + this.community.slug());

		page.getByLabel("Experts per partner organisation").fill("two");
		Response rejected = page.waitForResponse((response) -> response.url().contains("/experts/coverage/targets"),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the targets")).click());
		assertThat(rejected.status()).isEqualTo(422);
		this.browser.checkAccessibility(page);
		assertThat(page.locator("#expertsPerPartner-error")).hasText("Enter a whole number from 0 to 1000.");
		assertThat(page.locator("#expertsPerPartner")).hasValue("two");

		page.getByLabel("Experts per partner organisation").fill("2");
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the targets")));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The targets were saved.");
		assertThat(gaps).containsText("Brückenwerk Leipzig has 1 expert, target 2");
		assertThat(gaps).not().containsText("Maison des Passerelles has 2 experts");
		assertThat(gaps).containsText("Maison des Passerelles has no expert on Housing and sources of income");
		assertThat(page.locator("tfoot td.shortfall")).hasCount(1);
		assertThat(page.locator("tfoot td.shortfall")).containsText("1 of 2");

		page.setViewportSize(320, 640);
		List<?> widths = (List<?>) page
			.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
		assertThat(((Number) widths.get(0)).intValue()).isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
		this.browser.checkAccessibility(page);
	}

	private void craftedCommunity(UUID facilitator) {
		this.organisations = new OrganisationFixtures(this.jdbc);
		this.nominations = new CoverageFixtures(this.jdbc);
		OrganisationSummary bridge = this.organisations.add("Brückenwerk Leipzig", OrganisationKind.NGO, "DE", null);
		OrganisationSummary passerelles = this.organisations.add("Maison des Passerelles", OrganisationKind.NGO, "FR",
				null);
		CommunityDescription d = TestCommunities.description(CommunityFixtures.slug("women"), Visibility.MEMBERS_ONLY);
		this.community = Community.found(new CommunityDescription(d.slug(), CommunityKind.COMMUNITY_OF_PRACTICE,
				d.visibility(), d.joinPolicy(), "en", "Women newcomers " + d.slug(), d.domain(), d.practice(),
				d.themes(), d.places(), d.languages(), Map.of()), facilitator, Instant.now());
		this.community.partnerWith(Set.of(bridge.id(), passerelles.id()));
		this.communities.save(this.community);
		this.memberships.save(this.community.admit(facilitator, CommunityRole.FACILITATOR, Instant.now()));
		UUID id = this.community.id();
		this.nominations.nominate(id, bridge.id(), "ACTIVE", "health-care", "housing-income");
		this.nominations.nominate(id, passerelles.id(), "ACTIVE", "education");
		this.nominations.nominate(id, passerelles.id(), "ACTIVE", "health-care", "social-protection");
		this.nominations.nominate(id, passerelles.id(), "INVITED", "housing-income");
	}

}
