package org.kring.result;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.closing.ClosingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole life of a meeting's products: a facilitator closes a meeting with a joint
 * signal to the city and an action proposal; completes the draft signal the meeting left
 * and sends it; the city's contact answers through the mailed link without an account;
 * the answer shows on the public tracker; the facilitator gives the action an owner, who
 * posts two progress updates and marks it done; the year review lists it with its
 * updates. Every page passes axe.
 */
class MeetingToResultsJourneyBrowserTests extends ResultBrowserTestSupport {

	private static final String SIGNAL = "Waiting times for emergency medical aid";

	private static final String ACTION = "Accompany people to the social service";

	@Test
	void aClosedMeetingsSignalIsAnsweredAndItsActionDoneWithinTheYear() {
		TestPrincipal farida = this.fixtures.member("Farida");
		TestPrincipal owen = this.fixtures.member("Owen");
		UUID community = this.fixtures.community("PUBLIC", farida, owen);
		String slug = MeetingFixtures.slugOf(community);
		this.results.authority("City of Lindeveld", "MUNICIPALITY");
		Meeting meeting = this.fixtures.meeting(community, farida,
				ClosingFixtures.started("Making session: medical aid", true));

		Page facilitator = signedIn(farida);
		this.browser.visit(facilitator, "/meetings/" + meeting.id() + "/close");
		facilitator.locator("#minutes").fill("We heard of people waiting **weeks** for a certificate.");
		facilitator.locator("#kind-0").selectOption("JOINT_SIGNAL");
		facilitator.locator("#title-0").fill(SIGNAL);
		facilitator.locator("#description-0").fill("People wait weeks for a certificate they need within days.");
		facilitator.locator("#authority-0").fill("City of Lindeveld");
		facilitator.locator("#kind-1").selectOption("ACTION_PROPOSAL");
		facilitator.locator("#title-1").fill(ACTION);
		facilitator.locator("#description-1").fill("Two members go along each week.");
		this.browser.click(button(facilitator, "Close the meeting"));
		assertThat(facilitator.getByRole(AriaRole.STATUS))
			.hasText("The meeting was closed with its minutes and products.");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from result_signal where community_id = ?" + " and meeting_id = ?", Integer.class,
					community, meeting.id()) == 1
					&& this.jdbc.queryForObject("select count(*) from result_action where meeting_id = ?",
							Integer.class, meeting.id()) == 1);

		this.browser.visit(facilitator, "/communities/" + slug);
		this.browser.click(facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SIGNAL)));
		assertThat(facilitator.locator("main")).containsText("Making session: medical aid");
		this.browser
			.click(facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the draft")));
		facilitator.getByLabel("What we ask").fill("Answer every request for a certificate within five working days.");
		this.browser.click(button(facilitator, "Save the changes"));
		String contact = TestMail.newAddress("lindeveld.welfare");
		facilitator.getByLabel("Contact’s name or function").fill("Head of the welfare office");
		facilitator.getByLabel("Contact’s e-mail address").fill(contact);
		facilitator.getByLabel("Language of the e-mail").selectOption("en");
		this.browser.click(button(facilitator, "Send the signal"));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).containsText("The signal was sent");

		ReceivedMail mail = TestMail.newestTo(contact);
		Page authority = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.follow(authority, mail.firstLink());
		authority.locator("#answer").fill("From next month the office answers within five working days.");
		this.browser.click(button(authority, "Publish the answer"));
		assertThat(authority.getByRole(AriaRole.STATUS).first()).containsText("your answer is published");

		Page visitor = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.visit(visitor, "/results?community=" + slug);
		Locator entry = visitor.locator("main").getByText(SIGNAL).first();
		assertThat(entry).isVisible();
		assertThat(visitor.locator("main"))
			.containsText("From next month the office answers within five working days.");
		assertThat(visitor.locator("main")).containsText("Making session: medical aid");

		this.browser.visit(facilitator, "/communities/" + slug + "/actions");
		this.browser.click(facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ACTION)));
		assertThat(facilitator.locator("main")).containsText("Making session: medical aid");
		this.browser
			.click(facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change this action")));
		facilitator.getByLabel("Owen").check();
		facilitator.locator("#dueOn").fill(LocalDate.now().plusMonths(3).toString());
		this.browser.click(button(facilitator, "Save the action"));

		Page owner = signedIn(owen);
		this.browser.visit(owner, "/communities/" + slug + "/actions");
		this.browser.click(owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ACTION)));
		owner.locator("#text").fill("Went along twice; both got their certificate.");
		owner.locator("#percentage").fill("50");
		this.browser.click(button(owner, "Post the update"));
		owner.locator("#text").fill("Everyone who asked was accompanied.");
		owner.locator("#percentage").fill("100");
		this.browser.click(button(owner, "Post the update"));
		this.browser.click(button(owner, "Mark as done"));
		assertThat(owner.getByRole(AriaRole.STATUS)).hasText("The action is marked as done.");

		this.browser.visit(visitor, "/communities/" + slug + "/actions/review?year=" + LocalDate.now().getYear());
		Locator reviewed = visitor.locator(".review-action").filter(new Locator.FilterOptions().setHasText(ACTION));
		assertThat(reviewed).containsText("Done");
		assertThat(reviewed).containsText("Went along twice; both got their certificate.");
		assertThat(reviewed).containsText("Everyone who asked was accompanied.");
		assertThat(reviewed).containsText("Owen");
	}

}
