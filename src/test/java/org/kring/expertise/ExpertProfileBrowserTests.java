package org.kring.expertise;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.browser.BrowserTestSupport;
import org.kring.browser.TestMail;
import org.kring.community.CommunityRole;
import org.kring.community.Visibility;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member finds their expert profile from their account page, types years of experience
 * that cannot be, reads the message next to the field with everything else still filled
 * in, corrects it and reads their profile; a member who shares no community with them
 * finds no such page. Every page passes axe and fits a phone 320 pixels wide.
 */
class ExpertProfileBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "heron quay tamarind 93";

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private Communities communities;

	@Autowired
	private Memberships memberships;

	@Autowired
	private JdbcTemplate jdbc;

	private UUID expert;

	private final List<UUID> saved = new java.util.ArrayList<>();

	@AfterEach
	void deleteAll() {
		if (this.expert != null) {
			this.jdbc.update("delete from expertise_profile where person_id = ?", this.expert);
		}
		this.communities.deleteAllById(this.saved);
	}

	@Test
	void aMemberCorrectsTheirYearsSavesTheirProfileAndAStrangerCannotSeeIt() {
		String email = TestMail.newAddress("mira");
		this.expert = this.accounts.createVerified("Mira Haddou", email, PASSWORD, Locale.ENGLISH, InstanceRole.MEMBER);
		String strangerEmail = TestMail.newAddress("stefan");
		UUID stranger = this.accounts.createVerified("Stefan", strangerEmail, PASSWORD, Locale.ENGLISH,
				InstanceRole.MEMBER);
		communityOf(this.expert);
		communityOf(stranger);

		Page page = this.browser.newPage((options) -> options.setLocale("en-GB"));
		logIn(page, email);
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your expert profile")));
		assertThat(page.locator("h1")).hasText("Your expert profile");
		assertThat(page.getByLabel("Coordinators only")).isChecked();
		fits(page, "the blank form");

		page.locator("#years-health-care").fill("75");
		page.locator("#note-health-care").fill("Interpreting in clinics");
		page.locator("#years-education").fill("4");
		page.getByLabel("Arabic", new Page.GetByLabelOptions().setExact(true)).check();
		page.locator("#otherLanguages").fill("fy, ber");
		page.locator("#countries").fill("BE, ma");
		page.locator("#biography").fill("Twenty years beside newcomers in Ghent.");
		page.getByLabel("Reviewer of practices and documents").check();
		page.getByLabel("Members of my communities, and coordinators").check();
		Response rejected = page.waitForResponse(
				(response) -> response.url().endsWith("/experts/profile") && "POST".equals(response.request().method()),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my expert profile"))
					.click());
		assertThat(rejected.status()).isEqualTo(422);
		this.browser.checkAccessibility(page);
		assertThat(page.locator("#years-health-care-error")).hasText("Enter a whole number of years from 0 to 70.");
		assertThat(page.locator("#years-health-care")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator(".error")).hasCount(1);
		assertThat(page.locator("#years-health-care")).hasValue("75");
		assertThat(page.locator("#note-health-care")).hasValue("Interpreting in clinics");
		assertThat(page.locator("#years-education")).hasValue("4");
		assertThat(page.getByLabel("Arabic", new Page.GetByLabelOptions().setExact(true))).isChecked();
		assertThat(page.locator("#otherLanguages")).hasValue("fy, ber");
		assertThat(page.locator("main")).containsText("Western Frisian (fy)");
		assertThat(page.locator("#countries")).hasValue("BE, ma");
		assertThat(page.locator("main")).containsText("Morocco");
		assertThat(page.locator("#biography")).hasValue("Twenty years beside newcomers in Ghent.");
		assertThat(page.getByLabel("Reviewer of practices and documents")).isChecked();
		assertThat(page.getByLabel("Members of my communities, and coordinators")).isChecked();
		fits(page, "the form with a problem");

		page.locator("#years-health-care").fill("12");
		this.browser
			.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my expert profile")));
		assertThat(page).hasURL(Pattern.compile("/experts/" + this.expert + "$"));
		assertThat(page.locator(".notice").first()).hasText("Your expert profile was saved.");
		assertThat(page.locator("h1")).hasText("Mira Haddou");
		assertThat(page.locator("main")).containsText("12 years of experience");
		assertThat(page.locator("main")).containsText("Interpreting in clinics");
		assertThat(page.locator("main")).containsText("Berber");
		assertThat(page.locator("main")).containsText("Belgium");
		assertThat(page.locator("main"))
			.containsText("The members of your communities and the coordinators may see it.");
		fits(page, "the profile");

		Page other = this.browser.newPage((options) -> options.setLocale("en-GB"));
		logIn(other, strangerEmail);
		Response hidden = this.browser.visit(other, "/experts/" + this.expert);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(other.locator("main")).not().containsText("Mira Haddou");
	}

	private void logIn(Page page, String email) {
		this.browser.visit(page, "/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));
	}

	private void communityOf(UUID person) {
		Community community = this.communities
			.save(Community.found(TestCommunities.description("experts-" + UUID.randomUUID().toString().substring(0, 8),
					Visibility.MEMBERS_ONLY), person, TestCommunities.NOW));
		this.saved.add(community.id());
		this.memberships.save(community.admit(person, CommunityRole.FACILITATOR, TestCommunities.NOW));
	}

	private static void fits(Page page, String what) {
		page.setViewportSize(320, 640);
		List<?> widths = (List<?>) page
			.evaluate("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
		page.setViewportSize(1280, 720);
		assertThat(((Number) widths.get(0)).intValue()).as("content width of %s at 320 pixels", what)
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
	}

}
