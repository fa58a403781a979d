package org.kring.meeting;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingState;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator starts a series every second month on the second Tuesday at 19:30 in
 * Brussels (after a refused interval of 0), sees its generated meetings, moves one to the
 * next day and cancels another. Every page passes axe.
 */
class MeetingSeriesBrowserTests extends MeetingBrowserTestSupport {

	@Test
	void aFacilitatorStartsABimonthlySeriesMovesOneMeetingAndCancelsAnother() {
		TestPrincipal facilitator = this.fixtures.member("Farida");
		UUID community = this.fixtures.community("MEMBERS_ONLY", facilitator, this.fixtures.member("Milan"));
		String slug = MeetingFixtures.slugOf(community);

		Page page = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.visit(page, "/login");
		page.locator("#email").fill(this.fixtures.emailOf(facilitator));
		page.locator("#password").fill(MeetingFixtures.PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));

		this.browser.visit(page, "/communities/" + slug);
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All meetings")));
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New series")));
		page.locator("#title").fill("Second Tuesdays");
		page.locator("#address").fill("Stationsstraat 1, Gent");
		page.locator("#interval").fill("0");
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the series")));
		assertThat(page.locator("#interval-error")).hasText("Every 1 to 24 weeks or months.");
		assertThat(page.locator("#title")).hasValue("Second Tuesdays");
		assertThat(page.getByLabel("Monthly: on a weekday of the month (such as the second Tuesday)")).isChecked();
		assertThat(page.locator("#weekday")).hasValue("TUESDAY");
		assertThat(page.locator("#weekOfMonth")).hasValue("2");
		assertThat(page.locator("#startTime")).hasValue("19:30");
		assertThat(page.locator("#timeZone")).hasValue("Europe/Brussels");
		page.locator("#interval").fill("2");
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the series")));
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("The series is started and its meetings for the coming year are planned.");
		assertThat(page.locator("h1")).hasText("Second Tuesdays");
		String seriesPath = page.url().substring(this.browser.origin().length());

		Locator generated = page.locator("section[aria-labelledby=series-upcoming] li");
		assertThat(generated.count()).isBetween(6, 7);
		assertThat(generated.first()).containsText("7:30");

		this.browser.click(page.locator("section[aria-labelledby=series-upcoming] a").first());
		assertThat(page.locator("main")).containsText("Facilitator tools");
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change this meeting")));
		LocalDate wednesday = LocalDate.parse(page.locator("#startDate").inputValue()).plusDays(1);
		page.locator("#startDate").fill(wednesday.toString());
		page.locator("#endDate").fill(wednesday.toString());
		page.locator("#theme").fill("Rent allowances");
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The meeting is changed.");
		assertThat(page.locator("main")).containsText("Wednesday");
		assertThat(page.locator("main")).containsText("Rent allowances");
		UUID moved = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));

		this.browser.visit(page, seriesPath);
		this.browser.click(page.locator("section[aria-labelledby=series-upcoming] a").nth(1));
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel this meeting")));
		page.locator("#reason").fill("The room is being renovated.");
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the meeting")));
		assertThat(page.getByRole(AriaRole.STATUS).first())
			.hasText("The meeting is cancelled. Everyone registered is told.");
		assertThat(page.locator("main")).containsText("The room is being renovated.");
		UUID cancelled = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));

		this.browser.visit(page, "/communities/" + slug + "/meetings");
		assertThat(page.locator("main")).containsText("(cancelled)");

		Meeting movedMeeting = this.meetings.findById(moved).orElseThrow();
		assertThat(movedMeeting.detached()).isTrue();
		assertThat(movedMeeting.start().toLocalDate()).isEqualTo(wednesday);
		assertThat(movedMeeting.start().toLocalTime()).hasToString("19:30");
		assertThat(this.meetings.findById(cancelled).orElseThrow().state()).isEqualTo(MeetingState.CANCELLED);
	}

}
