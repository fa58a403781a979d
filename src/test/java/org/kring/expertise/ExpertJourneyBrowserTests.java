package org.kring.expertise;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import org.kring.expertise.coverage.CoverageFixtures;
import org.kring.organisation.OrganisationFixtures;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The experts journey of issue 4 from end to end: an instance coordinator who belongs to
 * a community of practice finds experts by field and language, reads in the community's
 * coverage matrix that one partner organisation has no expert on housing, nominates an
 * address for that field and partner on the recruitment board and invites it; the
 * candidate opens the mail's link in a browser of their own without being logged in,
 * creates an account and accepts; once the platform has made them an active expert, the
 * matrix counts them in that cell and the gap is gone, and the board shows them as
 * active. Every page passes axe.
 */
class ExpertJourneyBrowserTests extends BrowserTestSupport {

	private static final String HOUSING = "Housing and sources of income";

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private Communities communities;

	@Autowired
	private Memberships memberships;

	@Autowired
	private JdbcTemplate jdbc;

	private ExpertRequestFixtures people;

	private ExpertFixtures profiles;

	private OrganisationFixtures organisations;

	private CoverageFixtures nominations;

	private CommunityFixtures communityFixtures;

	private String candidate;

	@AfterEach
	void deleteAll() throws IOException {
		this.nominations.deleteAll();
		this.communityFixtures.deleteAll();
		this.organisations.deleteAll();
		this.profiles.deleteAll();
		this.people.deleteAll();
		if (this.candidate != null) {
			this.accounts.findByEmail(this.candidate)
				.ifPresent((person) -> this.jdbc.update("delete from person where id = ?", person.id()));
		}
	}

	@Test
	void aCoordinatorFindsExpertsClosesAGapByRecruitingAnAddressAndTheMatrixLosesTheGap() {
		this.people = new ExpertRequestFixtures(this.jdbc, this.accounts, Path.of("target", "journey-files"));
		this.profiles = new ExpertFixtures(this.jdbc);
		this.organisations = new OrganisationFixtures(this.jdbc);
		this.nominations = new CoverageFixtures(this.jdbc);
		this.communityFixtures = new CommunityFixtures(this.communities, this.memberships, null);
		TestPrincipal coordinator = this.people.person("Cato Journey", InstanceRole.COORDINATOR, Locale.ENGLISH);
		expert("Layla Journey", 41, Set.of("ar", "fr"));
		expert("Noor Journey", 12, Set.of("ar"));
		expert("Pieter Journey", 60, Set.of("nl"));
		OrganisationSummary bridge = this.organisations.add("Brückenwerk Leipzig", OrganisationKind.NGO, "DE", null);
		OrganisationSummary passerelles = this.organisations.add("Maison des Passerelles", OrganisationKind.NGO, "FR",
				null);
		Community community = community(coordinator, bridge, passerelles);
		String matrix = "/experts/coverage?community=" + community.slug();
		String board = "/communities/" + community.slug() + "/recruitment";
		String gap = "Brückenwerk Leipzig has no expert on " + HOUSING;
		this.candidate = TestMail.newAddress("samira");

		Page page = this.browser.newPage((options) -> options.setLocale("en"));
		logIn(page, coordinator);

		this.browser.visit(page, "/experts");
		Locator filters = page.getByRole(AriaRole.SEARCH);
		filters.getByLabel(HOUSING).check();
		filters.locator("#filter-language-0").selectOption("ar");
		this.browser.click(filters.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Find experts")));
		assertThat(page).hasURL(Pattern.compile("/experts\\?.*field=housing-income.*language=ar"));
		Locator first = page.locator("li.expert").first();
		assertThat(first.locator("h3 a")).hasText("Layla Journey");
		assertThat(first).containsText("Meets 2 of 2 criteria");
		assertThat(first).containsText(HOUSING + ": 41 years");
		List<String> found = page.locator("li.expert h3 a").allTextContents();
		assertThat(found).as("both criteria first, then more years").contains("Noor Journey", "Pieter Journey");
		assertThat(found.indexOf("Noor Journey")).isLessThan(found.indexOf("Pieter Journey"));

		this.browser.visit(page, matrix);
		assertThat(page.locator("h1")).hasText("Coverage of experts: " + community.name());
		assertThat(page.locator("ul.gaps")).containsText(gap);
		assertShort(cell(page, HOUSING, bridge.name()), "0 of 1");
		assertShort(cell(page, "Distinct experts", bridge.name()), "4 of 5");

		this.browser.visit(page, board);
		page.locator("#email").fill(this.candidate);
		page.locator("#field-housing-income").check();
		page.locator("#organisation").selectOption(bridge.id().toString());
		this.browser.click(button(page, "Nominate"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The candidate was nominated.");
		Locator nominated = page.locator("#column-nominated ~ article");
		assertThat(nominated).containsText(this.candidate);
		assertThat(nominated).containsText(bridge.name());
		this.browser.click(button(page, "Invite"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The invitation was sent.");
		assertThat(page.locator("#column-invited ~ article")).containsText(this.candidate);

		Page candidatePage = this.browser.newPage((options) -> options.setLocale("en"));
		URI link = TestMail.newestTo(this.candidate).firstLink();
		this.browser.follow(candidatePage, link);
		assertThat(candidatePage.locator("h1")).hasText("Join " + community.name() + " as an expert");
		candidatePage.locator("#displayName").fill("Samira Journey");
		candidatePage.locator("#password").fill(ExpertRequestFixtures.PASSWORD);
		this.browser.click(button(candidatePage, "Create account and accept"));
		assertThat(candidatePage).hasURL(this.browser.origin() + "/communities/" + community.slug());
		assertThat(candidatePage.getByRole(AriaRole.STATUS)).containsText("You accepted the invitation");

		reloadUntilGone(page, matrix, gap);
		assertThat(page.locator("main")).not().containsText(gap);
		assertMet(cell(page, HOUSING, bridge.name()), "1");
		assertMet(cell(page, "Distinct experts", bridge.name()), "5");
		assertThat(page.locator("ul.gaps")).containsText("Maison des Passerelles has no expert on " + HOUSING);
		this.browser.visit(page, board);
		Locator active = page.locator("#column-active ~ article");
		assertThat(active).hasCount(5);
		assertThat(active.filter(new Locator.FilterOptions().setHasText("Samira Journey"))).containsText(bridge.name());
		assertThat(page.locator("#column-invited ~ article")).hasCount(0);
	}

	private void expert(String name, int years, Set<String> languages) {
		TestPrincipal person = this.people.person(name, InstanceRole.MEMBER, null);
		this.profiles.add(person.id(), ProfileVisibility.EVERYONE, null, Map.of("housing-income", years), languages,
				Set.of("BE"), Set.of(), Set.of());
	}

	/**
	 * A community of practice with two partner organisations, the coordinator as a plain
	 * member, and four active experts of Brückenwerk on every field but housing.
	 */
	private Community community(TestPrincipal coordinator, OrganisationSummary... partners) {
		CommunityDescription d = TestCommunities.description(CommunityFixtures.slug("journey"),
				Visibility.MEMBERS_ONLY);
		Community community = Community.found(new CommunityDescription(d.slug(), CommunityKind.COMMUNITY_OF_PRACTICE,
				d.visibility(), d.joinPolicy(), "en", "Journey " + d.slug(), d.domain(), d.practice(), d.themes(),
				d.places(), d.languages(), Map.of()), coordinator.id(), TestCommunities.NOW);
		community.partnerWith(Set.of(partners[0].id(), partners[1].id()));
		this.communityFixtures.save(community);
		this.communityFixtures.admit(community, coordinator, CommunityRole.MEMBER);
		this.nominations.remember(community.id());
		UUID bridge = partners[0].id();
		this.nominations.nominate(community.id(), bridge, "ACTIVE", "social-protection");
		this.nominations.nominate(community.id(), bridge, "ACTIVE", "health-care", "labour-market");
		this.nominations.nominate(community.id(), bridge, "ACTIVE", "education");
		this.nominations.nominate(community.id(), bridge, "ACTIVE", "health-care");
		return community;
	}

	private void logIn(Page page, TestPrincipal person) {
		this.browser.visit(page, "/login");
		page.locator("#email").fill(this.people.emailOf(person));
		page.locator("#password").fill(ExpertRequestFixtures.PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));
		assertThat(page).not().hasURL(Pattern.compile("/login"));
	}

	/**
	 * Reloads the matrix until the listener that activates accepted candidates has run.
	 */
	private void reloadUntilGone(Page page, String matrix, String gap) {
		long deadline = System.currentTimeMillis() + 10_000;
		this.browser.visit(page, matrix);
		while (page.locator("main").textContent().contains(gap) && System.currentTimeMillis() < deadline) {
			page.waitForTimeout(300);
			this.browser.visit(page, matrix);
		}
	}

	/**
	 * The matrix cell in the row headed by a field (or the totals) and a partner's
	 * column.
	 */
	private static Locator cell(Page page, String row, String partner) {
		List<String> headers = page.locator("table.coverage thead th").allTextContents();
		int column = headers.indexOf(partner);
		assertThat(column).as("the column of %s in %s", partner, headers).isPositive();
		return page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions()
				.setHas(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(row).setExact(true))))
			.locator("td")
			.nth(column - 1);
	}

	private static void assertShort(Locator cell, String count) {
		assertThat(cell).hasClass("shortfall");
		assertThat(cell).containsText(count + ", below target");
	}

	private static void assertMet(Locator cell, String count) {
		assertThat(cell).not().hasClass("shortfall");
		assertThat(cell).hasText(count);
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true))
			.first();
	}

}
