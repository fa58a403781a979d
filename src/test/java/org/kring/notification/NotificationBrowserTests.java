package org.kring.notification;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingBrowserTestSupport;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingPlanning;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A member hears of a meeting planned in her community: the bell in the header counts it,
 * the list shows it, following it leads to the meeting and the count drops; then she
 * mutes the community and chooses a daily digest. Every page state passes axe.
 */
class NotificationBrowserTests extends MeetingBrowserTestSupport {

	@Autowired
	MeetingPlanning planning;

	private TestPrincipal mila;

	@AfterEach
	void deleteNotifications() {
		if (this.mila != null) {
			NotificationFixtures.forget(this.jdbc, this.mila.id());
		}
	}

	@Test
	void aMemberFollowsTheBellToAPlannedMeetingAndMutesTheCommunity() {
		TestPrincipal farida = this.fixtures.member("Farida");
		this.mila = this.fixtures.member("Mila");
		UUID community = this.fixtures.community("MEMBERS_ONLY", farida, this.mila);
		Page page = signedIn(this.mila);
		Locator bell = page.locator("header a.bell");
		assertThat(bell).hasText("Notifications");

		Meeting meeting = this.planning.schedule(community, MeetingFixtures.details("Rent clinic", 10, 20, false),
				farida.id());
		assertThat(bellOnceRung(page)).hasText("Notifications 1 unread");

		this.browser.click(bell);
		Locator item = page.locator("main ol.notifications li");
		assertThat(item).hasCount(1);
		assertThat(item).containsText("New");
		Locator link = item.getByRole(AriaRole.LINK);
		assertThat(link)
			.hasText("A meeting is planned in Network " + community.toString().substring(0, 6) + ": Rent clinic");
		this.browser.click(link);
		assertThat(page).hasURL(this.browser.origin() + "/meetings/" + meeting.id());
		assertThat(page.locator("header .bell-count")).hasCount(0);

		this.browser.click(bell);
		assertThat(item).not().containsText("New");
		this.browser
			.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notification preferences")));
		page.getByLabel("A daily digest").check();
		page.locator("#level-" + community + "-MUTED").check();
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save preferences")));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your notification preferences are saved.");
		assertThat(page.getByLabel("A daily digest")).isChecked();
		assertThat(page.locator("#level-" + community + "-MUTED")).isChecked();
	}

}
