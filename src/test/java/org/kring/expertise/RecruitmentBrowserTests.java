package org.kring.expertise;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.browser.BrowserTestSupport;
import org.kring.browser.TestMail;
import org.kring.community.CommunityKind;
import org.kring.community.CommunityRole;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.CommunityDescription;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recruitment journey on a phone 320 pixels wide: a facilitator nominates an address
 * on the board and invites it; the candidate opens the mail's link without being logged
 * in, creates an account and accepts, and shows as active on the board and as an expert
 * in the members list. Every page passes axe.
 */
class RecruitmentBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "willow kettle morning 63";

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private Communities communities;

	@Autowired
	private Memberships memberships;

	@Autowired
	private JdbcClient jdbc;

	private Community community;

	@AfterEach
	void deleteCommunity() {
		if (this.community != null) {
			this.jdbc.sql("delete from expertise_nomination where community_id = ?")
				.param(this.community.id())
				.update();
			this.communities.deleteById(this.community.id());
		}
	}

	@Test
	void aFacilitatorNominatesAndInvitesAnAddressAndTheCandidateSignsUpAndBecomesAnActiveExpert() {
		String facilitatorEmail = TestMail.newAddress("fenna");
		UUID facilitator = this.accounts.createVerified("Fenna", facilitatorEmail, PASSWORD, null, InstanceRole.MEMBER);
		this.community = community(facilitator);
		String board = "/communities/" + this.community.slug() + "/recruitment";
		String candidate = TestMail.newAddress("amal");

		Page page = phone();
		this.browser.visit(page, "/login");
		page.locator("#email").fill(facilitatorEmail);
		page.locator("#password").fill(PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));
		this.browser.visit(page, board);
		assertFits(page, "the board");
		this.browser.click(button(page, "Nominate"));
		assertThat(page.locator("#email-error")).hasText("Enter the candidate’s e-mail address.");
		assertThat(page.locator("#field-error")).hasText("Choose at least one expertise field.");
		page.locator("#email").fill(candidate);
		page.locator("#field-education").check();
		page.locator("#note").fill("Runs the language café in Gent.");
		this.browser.click(button(page, "Nominate"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The candidate was nominated.");
		assertThat(page.locator("#column-nominated ~ article")).containsText(candidate);
		this.browser.click(button(page, "Invite"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The invitation was sent.");
		assertThat(page.locator("#column-invited ~ article")).containsText(candidate);

		Page candidatePage = phone();
		java.net.URI link = TestMail.newestTo(candidate).firstLink();
		this.browser.follow(candidatePage, link);
		assertThat(candidatePage.locator("h1")).hasText("Join " + this.community.name() + " as an expert");
		assertThat(candidatePage.locator("main")).containsText("Fenna invites you");
		assertFits(candidatePage, "the invitation");
		candidatePage.locator("#displayName").fill("Amal");
		candidatePage.locator("#password").fill(PASSWORD);
		this.browser.click(button(candidatePage, "Create account and accept"));
		assertThat(candidatePage).hasURL(this.browser.origin() + "/communities/" + this.community.slug());
		assertThat(candidatePage.getByRole(AriaRole.STATUS)).containsText("You accepted the invitation");

		this.browser.follow(candidatePage, link);
		assertThat(candidatePage.locator("h1")).hasText("Already accepted");
		assertFits(candidatePage, "the answered invitation");

		activeOnBoard(page, board, "Amal");
		page.locator("#column-active ~ article summary").first().click();
		assertThat(page.locator("#column-active ~ article ol")).containsText("Accepted");
		assertFits(page, "the board with an active expert");
		this.browser.visit(page, "/communities/" + this.community.slug() + "/members");
		assertThat(page.locator("main")).containsText("Amal");
		assertThat(page.locator("main")).containsText("Expert");
	}

	private void activeOnBoard(Page page, String board, String name) {
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			this.browser.visit(page, board);
			if (page.locator("#column-active ~ article").allTextContents().stream().anyMatch((t) -> t.contains(name))
					|| System.currentTimeMillis() > deadline) {
				break;
			}
			page.waitForTimeout(300);
		}
		assertThat(page.locator("#column-active ~ article")).containsText(name);
	}

	private Community community(UUID facilitator) {
		CommunityDescription d = TestCommunities.description("r-" + UUID.randomUUID().toString().substring(0, 12),
				Visibility.PUBLIC);
		Community saved = this.communities
			.save(Community.found(new CommunityDescription(d.slug(), CommunityKind.COMMUNITY_OF_PRACTICE,
					d.visibility(), JoinPolicy.ON_APPROVAL, "en", "Practice " + d.slug(), d.domain(), d.practice(),
					d.themes(), d.places(), d.languages(), Map.of()), facilitator, Instant.now()));
		this.memberships.save(saved.admit(facilitator, CommunityRole.FACILITATOR, Instant.now()));
		return saved;
	}

	private Page phone() {
		Page page = this.browser.newPage((options) -> options.setLocale("en"));
		page.setViewportSize(320, 640);
		return page;
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true))
			.first();
	}

	private static void assertFits(Page page, String what) {
		List<?> widths = (List<?>) page
			.evaluate("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
		assertThat(((Number) widths.get(0)).intValue()).as("content width of %s", what)
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
	}

}
