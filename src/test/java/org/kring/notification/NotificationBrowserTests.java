package org.kring.notification;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.kring.notification.internal.DigestPeriod;
import org.kring.notification.internal.EmailMode;
import org.kring.notification.internal.NotificationMailSettings;
import org.kring.notification.internal.NotificationMails;
import org.kring.notification.internal.Preferences;
import org.kring.system.KringProperties;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member hears of a meeting planned in her community: the bell in the header counts it,
 * the list shows it, following it leads to the meeting and the count drops; then she
 * mutes the community and chooses a daily digest. A member on a daily digest: a meeting
 * is planned in her community, which she reads through the bell, then another; the digest
 * job runs and she gets one mail listing only the second, opens its unsubscribe link and
 * unsubscribes with one click, and her preferences then say no e-mail; the link opened
 * again says she was unsubscribed already, and a link cut short is unknown. Every page
 * state passes axe.
 */
class NotificationBrowserTests extends MeetingBrowserTestSupport {

	@Autowired
	MeetingPlanning planning;

	@Autowired
	Preferences preferences;

	@Autowired
	NotificationMails mails;

	@Autowired
	NotificationMailSettings settings;

	@Autowired
	KringProperties properties;

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

	@Test
	void aMemberOnADailyDigestGetsOneMailWithTheNewActivityAndUnsubscribesWithOneClick() {
		TestPrincipal farida = this.fixtures.member("Farida");
		this.mila = this.fixtures.member("Mila");
		UUID community = this.fixtures.community("MEMBERS_ONLY", farida, this.mila);
		String network = "Network " + community.toString().substring(0, 6);
		this.preferences.save(this.mila.id(), EmailMode.DAILY, Map.of());
		Page page = signedIn(this.mila);

		this.planning.schedule(community, MeetingFixtures.details("Rent clinic", 10, 20, false), farida.id());
		this.browser.click(bellOnceRung(page));
		this.browser.click(page.locator("main ol.notifications li").getByRole(AriaRole.LINK));
		this.planning.schedule(community, MeetingFixtures.details("Tenant assembly", 12, 20, false), farida.id());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("select count(*) from notification where recipient_id = ?",
					Integer.class, this.mila.id()) == 2);

		this.mails.sendDigests(
				DigestPeriod.nextDue(EmailMode.DAILY, Instant.now(), this.settings, this.properties.timeZone()));

		List<SentMail> received = SentMail.to(this.fixtures.emailOf(this.mila));
		assertThat(received).hasSize(1);
		SentMail digest = received.get(0);
		assertThat(digest.subject()).isEqualTo("Your daily digest of Kring: one new notification");
		assertThat(digest.text()).contains("A meeting is planned in " + network + ": Tenant assembly")
			.doesNotContain("Rent clinic");
		assertThat(digest.html()).contains("Tenant assembly").doesNotContain("Rent clinic");

		this.browser.follow(page, URI.create("http://localhost:8080" + digest.unsubscribePath()));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Stop notification e-mails?");
		this.browser.click(button(page, "Stop notification e-mails"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("You get no more notification e-mails");

		this.browser
			.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notification preferences")));
		Locator none = page.getByLabel("No e-mail");
		assertThat(none).isChecked();
		assertThat(page.getByLabel("A daily digest")).not().isChecked();

		this.browser.follow(page, URI.create("http://localhost:8080" + digest.unsubscribePath()));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("You were already unsubscribed");
		assertThat(button(page, "Stop notification e-mails")).hasCount(0);
		assertThat(this.browser.visit(page, digest.unsubscribePath() + "x").status()).isEqualTo(404);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Unknown unsubscribe link");
	}

}
