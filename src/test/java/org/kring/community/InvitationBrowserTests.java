package org.kring.community;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kring.browser.TestMail;
import org.kring.community.internal.Community;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator invites an address without an account from the members management page;
 * the invitee opens the mail, creates an account on the invitation's page and lands on
 * the community's page as a member.
 */
class InvitationBrowserTests extends MembershipBrowsing {

	@Test
	void anInviteeWithoutAnAccountSignsUpAndLandsAsAMember() {
		String facilitatorEmail = person("Fenna");
		Community community = communityFacilitatedBy(facilitatorEmail, JoinPolicy.BY_INVITATION);
		String invitee = TestMail.newAddress("noor");

		Page facilitator = englishPage();
		logIn(facilitator, facilitatorEmail);
		this.browser.visit(facilitator, "/communities/" + community.slug() + "/members/manage");
		facilitator.locator("#email").fill("noor@example");
		this.browser.click(button(facilitator, "Send the invitation"));
		assertThat(facilitator.locator("#email-error"))
			.hasText("This is not an e-mail address; check it for typing errors.");
		facilitator.locator("#email").fill(invitee);
		facilitator.locator("#role").selectOption("EXPERT");
		this.browser.click(button(facilitator, "Send the invitation"));
		assertThat(facilitator.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
			.hasText("The invitation was sent.");
		assertThat(facilitator.locator("main table")).containsText(invitee);

		Page page = englishPage();
		this.browser.follow(page, TestMail.newestTo(invitee).firstLink());
		assertThat(page.locator("h1")).hasText("You are invited to " + community.name());
		page.locator("#displayName").fill("Noor");
		page.locator("#password").fill(PASSWORD);
		this.browser.click(button(page, "Create my account and join"));
		assertThat(page).hasURL(this.browser.origin() + "/communities/" + community.slug());
		this.browser.visit(page, "/communities/" + community.slug() + "/membership");
		assertThat(page.locator("main")).containsText("You are a member as Expert");
		this.browser.visit(page, "/communities/" + community.slug() + "/members");
		assertThat(page.locator("main table")).containsText("Noor");
		assertThat(this.accounts.findByEmail(invitee)).isPresent();
	}

}
