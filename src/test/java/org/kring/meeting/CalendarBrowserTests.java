package org.kring.meeting;

import java.time.YearMonth;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.Meetings;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor without JavaScript browses the calendar, filters it by community, switches to
 * the month view and opens a meeting; a member makes their personal feed address and
 * revokes it. Every page is checked with axe on the way.
 */
class CalendarBrowserTests extends MeetingBrowserTestSupport {

	@Test
	void aVisitorFiltersSwitchesToTheMonthAndOpensAMeeting() {
		TestPrincipal facilitator = this.fixtures.member("Farida");
		UUID ours = this.fixtures.community("PUBLIC", facilitator);
		UUID other = this.fixtures.community("PUBLIC", facilitator);
		Meeting meeting = this.fixtures.meeting(ours, facilitator,
				MeetingFixtures.details("Rent allowances in practice", 3, 20, false));
		Meeting elsewhere = this.fixtures.meeting(other, facilitator,
				MeetingFixtures.details("Somewhere else entirely", 3, 20, false));
		String slug = MeetingFixtures.slugOf(ours);

		Page page = this.browser.newPage((options) -> options.setLocale("en").setJavaScriptEnabled(false));
		this.browser.visit(page, "/calendar");
		assertThat(page.locator("h1")).hasText("Meetings calendar");
		page.locator("#community").selectOption(slug);
		this.browser.click(mainButton(page, "Show meetings"));
		assertThat(page).hasURL(Pattern.compile("community=" + slug));
		assertThat(page.locator("main")).containsText(meeting.title());
		assertThat(page.locator("main")).not().containsText(elsewhere.title());

		this.browser
			.click(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Month")));
		assertThat(page).hasURL(Pattern.compile("view=month.*community=" + slug));
		if (!YearMonth.from(meeting.start()).equals(YearMonth.now(MeetingFixtures.BRUSSELS))) {
			this.browser.click(page.locator("main")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next month")));
		}
		Locator cell = page.locator("table td a[href='/meetings/" + meeting.id() + "']");
		assertThat(cell).containsText(meeting.title());
		assertThat(page.locator("table")).not().containsText(elsewhere.title());

		this.browser.click(cell);
		assertThat(page.locator("h1")).hasText(meeting.title());
		assertThat(page.locator("main a[href='/meetings/" + meeting.id() + ".ics']"))
			.hasText("Add to my calendar (.ics)");
	}

	@Test
	void aMemberMakesTheirFeedAddressAndRevokesIt() {
		TestPrincipal member = this.fixtures.member("Milan");
		Page page = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.visit(page, "/login");
		page.locator("#email").fill(this.fixtures.emailOf(member));
		page.locator("#password").fill(MeetingFixtures.PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));

		this.browser.visit(page, "/calendar");
		this.browser.click(page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My personal calendar feed")));
		assertThat(page.locator("main")).containsText("You have no feed address yet.");
		this.browser.click(mainButton(page, "Make my feed address"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your new feed address is ready.");
		String first = page.locator("#feed-address").inputValue();
		assertThat(first).contains("/calendar/feeds/").endsWith(".ics");
		assertThat(fetch(page, first)).isEqualTo(200);

		this.browser.click(mainButton(page, "Revoke and make a new address"));
		String second = page.locator("#feed-address").inputValue();
		assertThat(second).isNotEqualTo(first);
		assertThat(fetch(page, first)).isEqualTo(404);
		assertThat(fetch(page, second)).isEqualTo(200);

		this.browser.visit(page, "/calendar/feed");
		assertThat(page.locator("main")).containsText("You made your feed address on");
		this.browser.click(mainButton(page, "Revoke my feed address"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your feed address was revoked");
		assertThat(page.locator("main")).containsText("You have no feed address yet.");
		assertThat(fetch(page, second)).isEqualTo(404);
	}

	private int fetch(Page page, String address) {
		String path = address.substring(address.indexOf("/calendar/feeds/"));
		return page.request().get(this.browser.origin() + path).status();
	}

	private static Locator mainButton(Page page, String name) {
		return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
	}

}
