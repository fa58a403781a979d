package org.kring.meeting;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.meeting.internal.Meeting;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members register until a meeting is full and the next lands on the waiting list; one
 * cancels from the link in the mail and the waiting one is promoted and told by mail; the
 * facilitator records attendance with a walk-in. A visitor registers for a public meeting
 * and confirms through the mail. Without JavaScript; every page passes axe.
 */
class RegistrationBrowserTests extends MeetingBrowserTestSupport {

	@Test
	void membersFillTheMeetingOneCancelsFromTheMailTheWaitingOneMovesUpAndAttendanceIsRecorded() {
		TestPrincipal farida = this.fixtures.member("Farida");
		TestPrincipal anna = this.fixtures.member("Anna");
		TestPrincipal bert = this.fixtures.member("Bert");
		TestPrincipal cleo = this.fixtures.member("Cleo");
		UUID community = this.fixtures.community("MEMBERS_ONLY", farida, anna, bert, cleo);
		Meeting meeting = this.fixtures.meeting(community, farida,
				MeetingFixtures.details("Rent allowances in practice", 14, 2, false));
		String path = "/meetings/" + meeting.id();

		for (TestPrincipal person : new TestPrincipal[] { anna, bert }) {
			Page page = signedInWithoutScript(person);
			this.browser.visit(page, path);
			this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")));
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are registered: you have a place.");
		}
		Page cleosPage = signedInWithoutScript(cleo);
		this.browser.visit(cleosPage, path);
		assertThat(cleosPage.locator("main")).containsText("Full: all 2 places are taken.");
		this.browser
			.click(cleosPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the waiting list")));
		assertThat(cleosPage.getByRole(AriaRole.STATUS)).hasText("The meeting is full: you are on the waiting list.");
		assertThat(cleosPage.locator("main")).containsText("You are on the waiting list, in place 1.");

		ReceivedMail annasMail = TestMail.newestTo(this.fixtures.emailOf(anna));
		assertThat(annasMail.attachments()).containsKey("meeting.ics");
		Page phone = this.browser.newPage((options) -> options.setLocale("en").setJavaScriptEnabled(false));
		this.browser.follow(phone, linkTo(annasMail, "/cancel"));
		assertThat(phone.locator("h1")).hasText("Cancel your registration");
		this.browser
			.click(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel my registration")));
		assertThat(phone.getByRole(AriaRole.STATUS)).hasText("Your registration was cancelled.");

		ReceivedMail promoted = waitFor(this.fixtures.emailOf(cleo),
				"A place came free for you: Rent allowances in practice");
		assertThat(promoted.attachments()).containsKey("meeting.ics");
		this.browser.visit(cleosPage, path);
		assertThat(cleosPage.locator("main")).containsText("You are registered: you have a place.");

		this.jdbc.update("update meeting set starts_at = ?, ends_at = ? where id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)),
				java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)), meeting.id());
		Page facilitator = signedInWithoutScript(farida);
		this.browser.visit(facilitator, path);
		this.browser
			.click(facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record attendance")));
		assertThat(facilitator.locator("h1")).hasText("Attendance: Rent allowances in practice");
		this.browser
			.click(facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the walk-in")));
		assertThat(facilitator.locator("#nickname-error")).hasText("Give a nickname.");
		facilitator.locator("#nickname").fill("Kim");
		this.browser
			.click(facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the walk-in")));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).hasText("The walk-in was added.");
		assertThat(facilitator.getByLabel("Kim")).isChecked();
		facilitator.getByLabel("Bert").check();
		this.browser
			.click(facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save attendance")));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).hasText("Attendance saved.");
		assertThat(facilitator.getByLabel("Bert")).isChecked();
		assertThat(facilitator.getByLabel("Cleo")).not().isChecked();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from meeting_registration where meeting_id = ? and attended = true", Integer.class,
				meeting.id()))
			.isEqualTo(2);
	}

	@Test
	void aVisitorRegistersForAPublicMeetingAndConfirmsThroughTheMail() {
		TestPrincipal farida = this.fixtures.member("Farida");
		UUID community = this.fixtures.community("SECRET", farida);
		Meeting meeting = this.fixtures.meeting(community, farida,
				MeetingFixtures.details("Open seminar on family reunification", 14, 30, true));
		String email = TestMail.newAddress("visitor");

		Page page = this.browser.newPage((options) -> options.setLocale("en").setJavaScriptEnabled(false));
		this.browser.visit(page, "/meetings/" + meeting.id());
		page.locator("#visitor-email").fill("not an address");
		this.browser.click(
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me the confirmation mail")));
		assertThat(page.locator("#name-error")).hasText("Give a name or nickname.");
		assertThat(page.locator("#email")).hasValue("not an address");
		page.locator("#name").fill("Zoë");
		page.locator("#email").fill(email);
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")));
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("We sent you a mail: confirm your registration with its link.");

		this.browser.follow(page, linkTo(TestMail.newestTo(email), "/confirm"));
		this.browser
			.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my registration")));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are registered: you have a place.");
		ReceivedMail confirmed = waitFor(email, "You are registered: Open seminar on family reunification");
		assertThat(confirmed.attachments().get("meeting.ics")).contains("METHOD:REQUEST");
	}

	private Page signedInWithoutScript(TestPrincipal person) {
		Page page = this.browser.newPage((options) -> options.setLocale("en").setJavaScriptEnabled(false));
		this.browser.visit(page, "/login");
		page.locator("#email").fill(this.fixtures.emailOf(person));
		page.locator("#password").fill(MeetingFixtures.PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));
		return page;
	}

	private static java.net.URI linkTo(ReceivedMail mail, String suffix) {
		java.util.regex.Matcher links = java.util.regex.Pattern.compile("https?://\\S+").matcher(mail.text());
		while (links.find()) {
			if (links.group().endsWith(suffix)) {
				return java.net.URI.create(links.group());
			}
		}
		throw new AssertionError("No link ending with " + suffix + " in:\n" + mail.text());
	}

	private static ReceivedMail waitFor(String address, String subject) {
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			ReceivedMail mail = TestMail.newestTo(address);
			if (mail.subject().equals(subject) || System.currentTimeMillis() > deadline) {
				org.assertj.core.api.Assertions.assertThat(mail.subject()).isEqualTo(subject);
				return mail;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
