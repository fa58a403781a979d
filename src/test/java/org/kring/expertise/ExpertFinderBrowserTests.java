package org.kring.expertise;

import java.util.List;
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
import org.kring.community.Visibility;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on a phone 320 pixels wide filters the experts by field and language, reads
 * the best match first with how many criteria it meets and a link to its profile, and
 * pages on with the filters kept.
 */
class ExpertFinderBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "copper meadow lantern 58";

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private ExpertFixtures experts;

	@Autowired
	private Communities communities;

	@Autowired
	private Memberships memberships;

	private CommunityFixtures communityFixtures;

	@AfterEach
	void deleteProfiles() {
		if (this.experts != null) {
			this.experts.deleteAll();
		}
		if (this.communityFixtures != null) {
			this.communityFixtures.deleteAll();
		}
	}

	@Test
	void aVisitorFindsExpertsByFieldAndLanguageAndPagesOn() {
		this.experts = new ExpertFixtures(this.jdbc);
		UUID hana = expert("Hana Browser", Map.of("education", 40), Set.of("nl", "ar"));
		UUID ivo = expert("Ivo Browser", Map.of("education", 35), Set.of("fr"));
		this.experts.addMany(25, null);
		Page page = this.browser.newPage((options) -> options.setLocale("en-GB"));
		page.setViewportSize(320, 640);
		this.browser.visit(page, "/experts");
		assertFits(page);

		page.getByLabel("Education and lifelong learning").check();
		page.locator("#filter-language-0").selectOption("nl");
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find experts")));
		assertThat(page).hasURL(Pattern.compile("/experts\\?.*field=education.*language=nl"));
		assertThat(page.locator("#filter-language-0")).hasValue("nl");
		assertThat(page.getByLabel("Education and lifelong learning")).isChecked();
		var first = page.locator("li.expert").first();
		assertThat(first.locator("h3 a")).hasText("Hana Browser");
		assertThat(first.locator("h3 a")).hasAttribute("href", "/experts/" + hana);
		assertThat(first).containsText("Meets 2 of 2 criteria");
		assertThat(first).containsText("Arabic, Dutch");
		assertThat(first).containsText("Education and lifelong learning: 40 years");
		assertThat(page.locator("li.expert")).hasCount(20);
		assertFits(page);

		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page")));
		assertThat(page).hasURL(Pattern.compile("/experts\\?.*field=education.*language=nl.*page=2"));
		assertThat(page.locator(".pages")).containsText("Page 2 of 2");
		List<String> names = page.locator("li.expert h3 a").allTextContents();
		// the 25 others meet both criteria with fewer years than Hana; Ivo only one
		assertThat(names.get(names.size() - 1)).isEqualTo("Ivo Browser");
		assertThat(page.locator("li.expert").last().locator("h3 a")).hasAttribute("href", "/experts/" + ivo);
		assertThat(page.locator("li.expert").last()).containsText("Meets 1 of 2 criteria");
		assertFits(page);

		Page arabic = this.browser.newPage((options) -> options.setLocale("ar"));
		arabic.setViewportSize(320, 640);
		this.browser.visit(arabic, "/experts?field=education&language=nl");
		assertThat(arabic.locator("html")).hasAttribute("dir", "rtl");
		assertThat(arabic.locator("h1")).hasText("البحث عن خبراء");
		assertThat(arabic.locator("li.expert").first()).containsText("الهولندية");
		assertFits(arabic);
	}

	@Test
	void aFacilitatorFindsAnExpertAndOpensTheNominationFormWithTheFilteredFieldTicked() {
		this.experts = new ExpertFixtures(this.jdbc);
		this.communityFixtures = new CommunityFixtures(this.communities, this.memberships, null);
		expert("Hana Browser", Map.of("education", 40, "health-care", 3), Set.of("nl"));
		String email = TestMail.newAddress("facilitator");
		UUID facilitator = this.accounts.createVerified("Fay", email, PASSWORD, null, InstanceRole.MEMBER);
		Community community = this.communityFixtures.found(
				TestCommunities.description(CommunityFixtures.slug("nominate"), Visibility.MEMBERS_ONLY),
				TestPrincipal.member(facilitator, "Fay"));
		Page page = this.browser.newPage((options) -> options.setLocale("en-GB"));
		page.setViewportSize(320, 640);
		this.browser.visit(page, "/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));

		this.browser.visit(page, "/experts?field=education&language=nl");
		var hana = page.locator("li.expert").filter(new Locator.FilterOptions().setHasText("Hana Browser"));
		this.browser.click(hana.getByText("Nominate Hana Browser"));
		var form = hana.locator("form[action='/experts/nominations']");
		assertThat(form.getByLabel("For the community")).hasValue(community.slug());
		assertThat(form.getByLabel("Education and lifelong learning")).isChecked();
		assertThat(form.getByLabel("Access to health care and therapeutic services")).not().isChecked();
		assertThat(form.locator("input[name=back]")).hasValue("/experts?field=education&language=nl");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your expert profile")))
			.hasAttribute("href", "/experts/profile");
		assertFits(page);
	}

	private UUID expert(String name, Map<String, Integer> years, Set<String> languages) {
		UUID id = this.accounts.createVerified(name, TestMail.newAddress(name.toLowerCase().replace(' ', '.')),
				PASSWORD, null, InstanceRole.MEMBER);
		this.experts.add(id, ProfileVisibility.EVERYONE, null, years, languages, Set.of("BE"), Set.of(), Set.of());
		return id;
	}

	private static void assertFits(Page page) {
		List<?> widths = (List<?>) page
			.evaluate("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
		assertThat(((Number) widths.get(0)).intValue()).as("content width")
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
	}

}
