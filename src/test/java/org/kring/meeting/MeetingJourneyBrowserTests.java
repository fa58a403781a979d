package org.kring.meeting;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a meeting through the pages, as issue 5 tells it: a facilitator
 * starts a series every second month; a member proposes a theme and another supports it;
 * the facilitator schedules it onto the series' first meeting and limits that meeting to
 * two places; two members register and the third lands on the waiting list; one cancels
 * from the link in their confirmation mail and the waiting one is promoted and told by
 * mail; after the meeting the facilitator records attendance and closes it with a joint
 * signal and an action proposal; the meeting page shows the minutes and both products and
 * the agenda shows the theme as treated. One browser per person; every page state passes
 * axe.
 */
class MeetingJourneyBrowserTests extends MeetingBrowserTestSupport {

	private static final String SERIES = "Tuesday evenings";

	private static final String THEME = "Rent allowances for newcomers";

	private static final Pattern HIDDEN_INPUT = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

	@Test
	void aThemeTheGroupChoseIsTreatedAtAFullMeetingThatClosesWithItsProducts() {
		TestPrincipal farida = this.fixtures.member("Farida");
		TestPrincipal mila = this.fixtures.member("Mila");
		TestPrincipal noah = this.fixtures.member("Noah");
		TestPrincipal cleo = this.fixtures.member("Cleo");
		UUID community = this.fixtures.community("MEMBERS_ONLY", farida, mila, noah, cleo);
		String communityPath = "/communities/" + MeetingFixtures.slugOf(community);
		String agenda = communityPath + "/agenda";

		// the facilitator starts a series every second month (the second Tuesday at
		// 19:30)
		Page facilitator = signedInByRequest(farida);
		this.browser.visit(facilitator, communityPath + "/meetings");
		this.browser.click(link(facilitator, "New series"));
		facilitator.locator("#title").fill(SERIES);
		facilitator.locator("#address").fill("Stationsstraat 1, Gent");
		facilitator.locator("#frequency-MONTHLY").check();
		facilitator.locator("#interval").fill("2");
		this.browser.click(button(facilitator, "Start the series"));
		assertThat(facilitator.getByRole(AriaRole.STATUS))
			.hasText("The series is started and its meetings for the coming year are planned.");
		Locator generated = facilitator.locator("section[aria-labelledby=series-upcoming] a");
		assertThat(generated.count()).isBetween(6, 7);
		String meetingPath = generated.first().getAttribute("href");
		UUID meetingId = UUID.fromString(meetingPath.substring(meetingPath.lastIndexOf('/') + 1));

		// a member proposes a theme, another supports it
		Page proposer = signedInByRequest(mila);
		this.browser.visit(proposer, agenda);
		proposer.locator("#title").fill(THEME);
		proposer.locator("#reason").fill("Landlords refuse the allowance.");
		this.browser.click(button(proposer, "Propose the theme"));
		assertThat(proposer.getByRole(AriaRole.STATUS)).hasText("Your theme is on the agenda, with your support.");

		Page supporter = signedInByRequest(noah);
		this.browser.visit(supporter, agenda);
		this.browser.click(button(supporter, "Support " + THEME));
		assertThat(supporter.getByRole(AriaRole.STATUS)).hasText("You support the theme.");
		assertThat(supporter.locator("main ol li").first()).containsText("2 supporters");

		// the facilitator schedules it onto the series' first upcoming meeting, the
		// soonest choice offered
		this.browser.visit(facilitator, agenda);
		Locator theme = facilitator.locator("main li")
			.filter(new Locator.FilterOptions().setHas(facilitator.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName(THEME).setExact(true))));
		this.browser.click(theme.getByText("Schedule, merge or decline " + THEME));
		Locator upcoming = theme.getByLabel("Upcoming meeting");
		assertThat(upcoming.locator("option").nth(1)).hasAttribute("value", meetingId.toString());
		upcoming.selectOption(meetingId.toString());
		this.browser.click(
				theme.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Schedule onto this meeting")));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).hasText("The theme is scheduled onto the meeting.");

		// ... and limits that meeting to two places
		this.browser.click(facilitator.locator("#planned-heading + ul")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(SERIES)));
		assertThat(facilitator.locator("dl.org-facts")).containsText(THEME);
		this.browser.click(link(facilitator, "Change this meeting"));
		facilitator.locator("#capacity").fill("2");
		this.browser.click(button(facilitator, "Save"));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).hasText("The meeting is changed.");

		// two members take the places, the third lands on the waiting list
		for (Page member : new Page[] { proposer, supporter }) {
			this.browser.visit(member, meetingPath);
			this.browser.click(button(member, "Register"));
			assertThat(member.getByRole(AriaRole.STATUS)).hasText("You are registered: you have a place.");
		}
		Page waiting = signedInByRequest(cleo);
		this.browser.visit(waiting, meetingPath);
		assertThat(waiting.locator("main")).containsText("Full: all 2 places are taken.");
		this.browser.click(button(waiting, "Join the waiting list"));
		assertThat(waiting.getByRole(AriaRole.STATUS)).hasText("The meeting is full: you are on the waiting list.");
		assertThat(waiting.locator("main")).containsText("You are on the waiting list, in place 1.");

		// the proposer cancels from the link in her confirmation mail, on a device where
		// she is not signed in; the waiting member is promoted and told by mail
		ReceivedMail confirmation = mail(this.fixtures.emailOf(mila), "You are registered: " + SERIES);
		assertThat(confirmation.attachments()).containsKey("meeting.ics");
		Page phone = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.follow(phone, linkEndingWith(confirmation, "/cancel"));
		this.browser.click(button(phone, "Cancel my registration"));
		assertThat(phone.getByRole(AriaRole.STATUS)).hasText("Your registration was cancelled.");
		ReceivedMail promotion = mail(this.fixtures.emailOf(cleo), "A place came free for you: " + SERIES);
		assertThat(promotion.attachments()).containsKey("meeting.ics");
		this.browser.visit(waiting, meetingPath);
		assertThat(waiting.locator("main")).containsText("You are registered: you have a place.");

		// The generated meeting lies weeks ahead and the test cannot wait for it: the
		// facilitator moves it to yesterday through its edit page, which accepts a past
		// date, so that it has taken place.
		LocalDate yesterday = LocalDate.now(MeetingFixtures.BRUSSELS).minusDays(1);
		this.browser.visit(facilitator, meetingPath + "/edit");
		facilitator.locator("#startDate").fill(yesterday.toString());
		facilitator.locator("#endDate").fill(yesterday.toString());
		this.browser.click(button(facilitator, "Save"));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).hasText("The meeting is changed.");

		// the facilitator records attendance and closes the meeting with two products
		this.browser.click(link(facilitator, "Record attendance"));
		assertThat(facilitator.getByLabel("Mila")).hasCount(0);
		facilitator.getByLabel("Noah").check();
		facilitator.getByLabel("Cleo").check();
		this.browser.click(button(facilitator, "Save attendance"));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).hasText("Attendance saved.");
		this.browser.visit(facilitator, meetingPath + "/close");
		assertThat(facilitator.locator("main")).containsText("2 of 2 registered people attended; 0 walk-ins.");
		facilitator.locator("#minutes").fill("We **agreed** to write to the city.\n\n- Noah drafts the signal");
		facilitator.locator("#kind-0").selectOption("JOINT_SIGNAL");
		facilitator.locator("#title-0").fill("Signal on refused allowances");
		facilitator.locator("#authority-0").fill("City of Gent, social services");
		facilitator.locator("#kind-1").selectOption("ACTION_PROPOSAL");
		facilitator.locator("#title-1").fill("Visit the housing office together");
		facilitator.locator("#description-1").fill("Three members go along next month.");
		this.browser.click(facilitator.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Close the meeting").setExact(true)));
		assertThat(facilitator.getByRole(AriaRole.STATUS))
			.hasText("The meeting was closed with its minutes and products.");

		// the agenda shows the theme as treated at the meeting, whose page shows the
		// minutes and both products
		Locator treated = supporter.locator("#planned-heading + ul li")
			.filter(new Locator.FilterOptions().setHasText(THEME));
		this.browser.visit(supporter, agenda);
		for (int tries = 0; tries < 50 && !treated.textContent().contains("Treated at"); tries++) {
			// the agenda hears of the closing after its commit
			supporter.waitForTimeout(100);
			this.browser.visit(supporter, agenda);
		}
		assertThat(treated).containsText("Treated at");
		this.browser.click(treated.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(SERIES)));
		assertThat(supporter.locator(".minutes strong")).hasText("agreed");
		assertThat(supporter.locator(".minutes li")).hasText("Noah drafts the signal");
		assertThat(supporter.locator(".products li")).hasCount(2);
		assertThat(supporter.locator(".products li").nth(0)).containsText("Joint signal");
		assertThat(supporter.locator(".products li").nth(0)).containsText("City of Gent, social services");
		assertThat(supporter.locator(".products li").nth(1)).containsText("Action proposal");
		assertThat(supporter.locator(".products li").nth(1)).containsText("Visit the housing office together");
	}

	// Signing in is not part of this journey (the account tests walk the login page): the
	// person's browser posts the login form over HTTP with its own cookies, which spares
	// four page loads and their accessibility checks.
	private Page signedInByRequest(TestPrincipal person) {
		Page page = this.browser.newPage((options) -> options.setLocale("en"));
		APIRequestContext http = page.context().request();
		Matcher csrf = HIDDEN_INPUT.matcher(http.get(this.browser.origin() + "/login").text());
		assertThat(csrf.find()).as("the login form's CSRF field").isTrue();
		APIResponse signedIn = http.post(this.browser.origin() + "/login",
				RequestOptions.create()
					.setForm(FormData.create()
						.set(csrf.group(1), csrf.group(2))
						.set("email", this.fixtures.emailOf(person))
						.set("password", MeetingFixtures.PASSWORD)));
		assertThat(signedIn.url()).as("where signing in led").doesNotContain("/login");
		return page;
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
	}

	private static URI linkEndingWith(ReceivedMail mail, String suffix) {
		Matcher links = Pattern.compile("https?://\\S+").matcher(mail.text());
		while (links.find()) {
			if (links.group().endsWith(suffix)) {
				return URI.create(links.group());
			}
		}
		throw new AssertionError("No link ending with " + suffix + " in:\n" + mail.text());
	}

	// the newest mail to the address once it has the subject: mails are sent after
	// their transaction commits
	private static ReceivedMail mail(String address, String subject) {
		long deadline = System.currentTimeMillis() + 10_000;
		ReceivedMail mail = TestMail.newestTo(address);
		while (!mail.subject().equals(subject) && System.currentTimeMillis() < deadline) {
			sleep();
			mail = TestMail.newestTo(address);
		}
		assertThat(mail.subject()).isEqualTo(subject);
		return mail;
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
