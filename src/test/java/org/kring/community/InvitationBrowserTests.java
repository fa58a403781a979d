package org.kring.community;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.browser.TestMail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey (1): a coordinator starts a learning network by invitation through its form and
 * so facilitates it, invites an address without an account from the members management
 * page; the invitee opens the mail, creates an account on the invitation's page and lands
 * on the community's page, whose join panel says they are a member.
 */
class InvitationBrowserTests extends MembershipBrowsing {

	private final String slug = CommunityFixtures.slug("invited");

	@AfterEach
	void deleteCommunity() {
		this.communities.findBySlug(this.slug).ifPresent(this.communities::delete);
	}

	@Test
	void aFacilitatorStartsALearningNetworkAndAnInviteeWithoutAnAccountLandsAsAMember() {
		String coordinatorEmail = coordinator("Fenna");
		String invitee = TestMail.newAddress("noor");

		Page facilitator = englishPage();
		logIn(facilitator, coordinatorEmail);
		this.browser.visit(facilitator, "/communities/new");
		facilitator.locator("#name").fill("Learning network by invitation");
		facilitator.locator("#slug").fill(this.slug);
		facilitator.getByLabel("Learning network").check();
		facilitator.locator("#domain").fill("Volunteers who support people without legal residence.");
		facilitator.locator("#practice").fill("A making session every second month.");
		facilitator.getByLabel("By invitation only: facilitators invite people").check();
		this.browser.click(button(facilitator, "Start the community"));
		assertThat(facilitator).hasURL(this.browser.origin() + "/communities/" + this.slug);
		assertThat(facilitator.locator("#join-heading ~ p").first())
			.hasText("You are a member of this community, as Facilitator.");

		this.browser.visit(facilitator, "/communities/" + this.slug + "/members/manage");
		facilitator.locator("#email").fill("noor@example");
		this.browser.click(button(facilitator, "Send the invitation"));
		assertThat(facilitator.locator("#email-error"))
			.hasText("This is not an e-mail address; check it for typing errors.");
		facilitator.locator("#email").fill(invitee);
		facilitator.locator("#role").selectOption("EXPERT");
		this.browser.click(button(facilitator, "Send the invitation"));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).hasText("The invitation was sent.");
		assertThat(facilitator.locator("main table")).containsText(invitee);

		Page page = englishPage();
		this.browser.follow(page, TestMail.newestTo(invitee).firstLink());
		assertThat(page.locator("h1")).hasText("You are invited to Learning network by invitation");
		page.locator("#displayName").fill("Noor");
		page.locator("#password").fill(PASSWORD);
		this.browser.click(button(page, "Create my account and join"));
		assertThat(page).hasURL(this.browser.origin() + "/communities/" + this.slug);
		assertThat(page.locator("#join-heading ~ p").first()).hasText("You are a member of this community, as Expert.");
		assertThat(page.locator("header")).containsText("Noor");
		this.browser.visit(page, "/communities/" + this.slug + "/members");
		assertThat(page.locator("main table")).containsText("Noor");
		assertThat(this.accounts.findByEmail(invitee)).isPresent();
	}

}
