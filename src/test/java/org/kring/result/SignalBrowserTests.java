package org.kring.result;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.meeting.MeetingFixtures;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A facilitator writes a signal to the city (first forgetting the authority), sends it to
 * a contact there; the contact opens the mailed link without an account, acknowledges
 * receipt and answers; the answer shows on the signal's page, where the facilitator
 * records what came of it. Every page passes axe.
 */
class SignalBrowserTests extends ResultBrowserTestSupport {

	@Test
	void aSignalIsWrittenSentAnsweredThroughTheMailedLinkAndFollowedUp() {
		TestPrincipal farida = this.fixtures.member("Farida");
		UUID community = this.fixtures.community("PUBLIC", farida);
		this.results.authority("City of Ghent", "MUNICIPALITY");
		String contact = TestMail.newAddress("peeters");

		Page facilitator = signedIn(farida);
		this.browser.visit(facilitator, "/communities/" + MeetingFixtures.slugOf(community) + "/signals/new");
		facilitator.getByLabel("Title").fill("Counter hours");
		facilitator.getByLabel("The signal").fill("The counter closes at noon; people who work cannot come.");
		this.browser.click(button(facilitator, "Save the draft"));
		assertThat(facilitator.locator("#authority-error"))
			.hasText("Choose the authority or name the office the signal is addressed to.");
		assertThat(facilitator.getByLabel("Title")).hasValue("Counter hours");
		facilitator.getByLabel("Government organisation").selectOption(new SelectOption().setLabel("City of Ghent"));
		facilitator.getByLabel("Evidence").fill("Twelve cases in March.");
		facilitator.getByLabel("What we ask").fill("Open the counter one evening a week.");
		this.browser.click(button(facilitator, "Save the draft"));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).containsText("The draft is saved.");
		assertThat(facilitator.locator("h1")).hasText("Counter hours");
		String signalPath = facilitator.url().substring(this.browser.origin().length());

		facilitator.getByLabel("Contact’s name or function").fill("Ms Peeters");
		facilitator.getByLabel("Contact’s e-mail address").fill(contact);
		facilitator.getByLabel("Language of the e-mail").selectOption("en");
		this.browser.click(button(facilitator, "Send the signal"));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).containsText("The signal was sent");

		ReceivedMail mail = TestMail.newestTo(contact);
		org.assertj.core.api.Assertions.assertThat(mail.subject()).startsWith("Counter hours – a signal of");
		Page authority = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.follow(authority, mail.firstLink());
		assertThat(authority.locator("h1")).hasText("Answer: Counter hours");
		this.browser.click(button(authority, "Acknowledge receipt"));
		assertThat(authority.getByRole(AriaRole.STATUS))
			.hasText("Thank you: the community knows you received the signal.");
		this.browser.click(button(authority, "Publish the answer"));
		assertThat(authority.locator("#answer-error")).hasText("Write your answer.");
		authority.locator("#answer").fill("From May the counter opens on Thursday evenings.");
		assertThat(authority.locator("#answeredBy")).hasValue("Ms Peeters");
		this.browser.click(button(authority, "Publish the answer"));
		assertThat(authority.getByRole(AriaRole.STATUS).first()).containsText("your answer is published");
		this.browser.click(authority.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("See the published signal and its answer.")));
		assertThat(authority.locator("#answer-heading + div")).containsText("Thursday evenings");

		this.browser.visit(facilitator, signalPath);
		assertThat(facilitator.locator("main")).containsText("Answered by Ms Peeters");
		facilitator.getByLabel("Implemented", new Page.GetByLabelOptions().setExact(true)).check();
		facilitator.getByLabel("Note").fill("The first Thursday evening was full.");
		this.browser.click(button(facilitator, "Record the follow-up"));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).hasText("The follow-up was recorded.");
		assertThat(facilitator.locator("#outcome-heading + p")).hasText("Implemented");
		assertThat(facilitator.locator("ol.trail li")).hasCount(5);
	}

}
