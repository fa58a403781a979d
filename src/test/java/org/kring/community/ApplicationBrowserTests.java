package org.kring.community;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.community.internal.Community;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey (2): a visitor finds a community on approval, logs in from its join panel and
 * comes back to it, applies (an empty motivation is asked for next to the field), the
 * facilitator approves, and the applicant gets the mail and is a member.
 */
class ApplicationBrowserTests extends MembershipBrowsing {

	@Test
	void aVisitorAppliesTheFacilitatorApprovesAndTheApplicantIsTold() {
		String facilitatorEmail = person("Fenna");
		String applicantEmail = person("Samir");
		Community community = communityFacilitatedBy(facilitatorEmail, JoinPolicy.ON_APPROVAL);
		String communityPath = "/communities/" + community.slug();

		Page applicant = englishPage();
		this.browser.visit(applicant, communityPath);
		assertThat(applicant.locator("#join-heading ~ p").first())
			.hasText("You can apply to join this community with a short motivation; a facilitator decides.");
		this.browser.click(applicant.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Log in to join")));
		assertThat(applicant).hasURL(Pattern.compile("/login(\\?.*)?$"));
		applicant.locator("#email").fill(applicantEmail);
		applicant.locator("#password").fill(PASSWORD);
		this.browser.click(applicant.locator("main form[action='/login'] [type=submit]"));
		assertThat(applicant).hasURL(this.browser.origin() + communityPath);

		this.browser.click(applicant.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Apply to join")));
		this.browser.click(button(applicant, "Send my application"));
		assertThat(applicant.locator("#motivation-error")).hasText("Write a short motivation.");
		assertThat(applicant.locator("#motivation")).hasAttribute("aria-invalid", "true");
		applicant.locator("#motivation").fill("I support undocumented people in Ghent as a volunteer.");
		this.browser.click(button(applicant, "Send my application"));
		assertThat(applicant).hasURL(this.browser.origin() + communityPath);
		assertThat(applicant.locator("#join-heading ~ p").first())
			.hasText("Your application waits for a facilitator’s decision. You will get an e-mail.");

		Page facilitator = englishPage();
		logIn(facilitator, facilitatorEmail);
		this.browser.visit(facilitator, communityPath + "/members/manage");
		assertThat(facilitator.locator("main article")).containsText("Samir");
		assertThat(facilitator.locator("main article")).containsText("I support undocumented people in Ghent");
		this.browser.click(button(facilitator, "Approve"));
		assertThat(facilitator.getByRole(AriaRole.STATUS))
			.hasText("The application was approved; the applicant gets an e-mail.");

		ReceivedMail mail = TestMail.newestTo(applicantEmail);
		assertThat(mail.subject()).isEqualTo("Welcome to " + community.name());
		assertThat(mail.text()).contains("you are now a member of " + community.name());
		this.browser.visit(applicant, communityPath);
		assertThat(applicant.locator("#join-heading ~ p").first())
			.hasText("You are a member of this community, as Member.");
	}

}
