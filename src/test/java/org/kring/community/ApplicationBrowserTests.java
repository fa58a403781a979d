package org.kring.community;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.community.internal.Community;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in person applies to a community on approval (an empty motivation is asked for
 * next to the field), the facilitator approves, and the applicant gets the mail.
 */
class ApplicationBrowserTests extends MembershipBrowsing {

	@Test
	void aPersonAppliesTheFacilitatorApprovesAndTheApplicantIsTold() {
		String facilitatorEmail = person("Fenna");
		String applicantEmail = person("Samir");
		Community community = communityFacilitatedBy(facilitatorEmail, JoinPolicy.ON_APPROVAL);

		Page applicant = englishPage();
		logIn(applicant, applicantEmail);
		this.browser.visit(applicant, "/communities/" + community.slug() + "/apply");
		this.browser.click(button(applicant, "Send my application"));
		assertThat(applicant.locator("#motivation-error")).hasText("Write a short motivation.");
		assertThat(applicant.locator("#motivation")).hasAttribute("aria-invalid", "true");
		applicant.locator("#motivation").fill("I support undocumented people in Ghent as a volunteer.");
		this.browser.click(button(applicant, "Send my application"));
		assertThat(applicant).hasURL(this.browser.origin() + "/communities/" + community.slug());

		Page facilitator = englishPage();
		logIn(facilitator, facilitatorEmail);
		this.browser.visit(facilitator, "/communities/" + community.slug() + "/members/manage");
		assertThat(facilitator.locator("main article")).containsText("Samir");
		assertThat(facilitator.locator("main article")).containsText("I support undocumented people in Ghent");
		this.browser.click(button(facilitator, "Approve"));
		assertThat(facilitator.getByRole(AriaRole.STATUS))
			.hasText("The application was approved; the applicant gets an e-mail.");

		ReceivedMail mail = TestMail.newestTo(applicantEmail);
		assertThat(mail.subject()).isEqualTo("Welcome to " + community.name());
		assertThat(mail.text()).contains("you are now a member of " + community.name());
		this.browser.visit(applicant, "/communities/" + community.slug() + "/membership");
		assertThat(applicant.locator("main")).containsText("You are a member as Member");
	}

}
