package org.kring.discussion;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.discussion.internal.DiscussionInvalid;
import org.kring.discussion.internal.DiscussionThread;
import org.kring.discussion.internal.Discussions;
import org.kring.discussion.internal.Post;
import org.kring.discussion.internal.ThreadDraft;
import org.kring.discussion.internal.XssPayloads;
import org.kring.meeting.MeetingBrowserTestSupport;
import org.kring.meeting.MeetingFixtures;
import org.kring.notification.NotificationFixtures;
import org.kring.notification.SentMail;
import org.kring.notification.internal.CommunityLevel;
import org.kring.notification.internal.DigestPeriod;
import org.kring.notification.internal.EmailMode;
import org.kring.notification.internal.NotificationMailSettings;
import org.kring.notification.internal.NotificationMails;
import org.kring.notification.internal.Preferences;
import org.kring.system.KringProperties;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member starts a thread mentioning another, who sees the bell count it, follows the
 * notification to the thread and replies quoting it; the thread's author marks the reply
 * a useful tip; a third member flags the reply, and the facilitator finds the flag with
 * its reason in the moderation queue, hides the reply with a reason (after forgetting it
 * once) and reads the action in the moderation log; the facilitator locks the thread,
 * which then takes no more replies. A fourth member, watching the community on a daily
 * digest, gets one mail listing exactly the new thread and the reply (the digest job run
 * twice), and unsubscribes with one click. A moderator blocks an author from the queue of
 * all their communities, and the author, told so when they try to start a thread, still
 * reads the public thread. Every page passes axe. And none of the XSS corpus's payloads,
 * each posted as a reply, runs in the browser: no dialog opens, every link goes to the
 * web or mail and every image comes from the instance.
 */
class DiscussionBrowserTests extends MeetingBrowserTestSupport {

	DiscussionFixtures threads;

	@Autowired
	Discussions discussions;

	@Autowired
	Preferences preferences;

	@Autowired
	NotificationMails mails;

	@Autowired
	NotificationMailSettings mailSettings;

	@Autowired
	KringProperties properties;

	private TestPrincipal dirk;

	@BeforeEach
	void threads() {
		this.threads = new DiscussionFixtures(this.jdbc, this.fixtures);
	}

	@AfterEach
	void deleteThreads() {
		this.threads.deleteAll();
		if (this.dirk != null) {
			NotificationFixtures.forget(this.jdbc, this.dirk.id());
		}
	}

	@Test
	void aThreadIsStartedAnsweredWithAQuoteMarkedAsATipAndLocked() {
		TestPrincipal farida = this.fixtures.member("Farida Facilitator");
		TestPrincipal mila = this.fixtures.member("Mila Janssens");
		TestPrincipal bert = this.fixtures.member("Bert Peeters");
		TestPrincipal cleo = this.fixtures.member("Cleo Claes");
		this.dirk = this.fixtures.member("Dirk Dumont");
		UUID community = this.fixtures.community("MEMBERS_ONLY", farida, mila, bert, cleo, this.dirk);
		String discussions = "/communities/" + MeetingFixtures.slugOf(community) + "/discussions";
		String network = "Network " + community.toString().substring(0, 6);
		this.preferences.save(this.dirk.id(), EmailMode.DAILY, Map.of(community, CommunityLevel.WATCHING));

		Page author = signedIn(mila);
		this.browser.visit(author, discussions);
		this.browser.click(author.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a thread")));
		author.getByLabel("Title").fill("Rent allowance forms");
		author.getByLabel("Text").fill("Who knows where the **new** forms are? @BertPeeters helped last year.");
		this.browser.click(button(author, "Start the thread"));
		assertThat(author.locator("h1")).hasText("Rent allowance forms");
		assertThat(author.locator("article.post strong")).hasText("new");
		String thread = author.url().substring(this.browser.origin().length());

		Page replier = signedIn(bert);
		Locator bell = bellOnceRung(replier);
		assertThat(bell).hasText("Notifications 1 unread");
		this.browser.click(bell);
		assertThat(replier.locator("main ol.notifications li"))
			.containsText("You were mentioned in Network " + community.toString().substring(0, 6));
		this.browser.click(replier.locator("main ol.notifications li a").first());
		assertThat(replier.locator("h1")).hasText("Rent allowance forms");
		assertThat(replier).hasURL(java.util.regex.Pattern.compile(".*" + thread + "#post-.*"));
		this.browser.click(replier.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quote")));
		assertThat(replier.getByLabel("Your reply"))
			.hasValue("> Who knows where the **new** forms are? @BertPeeters helped last year.\n\n");
		replier.getByLabel("Your reply").press("End");
		replier.getByLabel("Your reply").pressSequentially("At the counter of the social office.");
		this.browser.click(button(replier, "Post the reply"));
		assertThat(replier.locator("article.post")).hasCount(2);
		assertThat(replier.locator("article.post").nth(1)).containsText("Quotes a post by Mila Janssens");
		assertThat(replier.locator("article.post").nth(1).locator("blockquote")).containsText("Who knows");

		this.browser.visit(author, thread);
		this.browser.click(button(author, "Mark as useful tip"));
		assertThat(author.locator("article.post").nth(1)).containsText("Useful tip");

		Page flagger = signedIn(cleo);
		this.browser.visit(flagger, thread);
		Locator flagged = flagger.locator("article.post").nth(1);
		flagged.locator("summary", new Locator.LocatorOptions().setHasText("Flag for a moderator")).click();
		flagged.getByLabel("Why should a moderator look at this post?").fill("Sends people to the wrong counter");
		this.browser.click(flagged.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Flag the post")));
		assertThat(flagger.getByRole(AriaRole.STATUS).first()).containsText("a moderator will see your flag");

		Page facilitator = signedIn(farida);
		this.browser.visit(facilitator, thread);
		this.browser
			.click(facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Moderation queue")));
		Locator item = facilitator.locator("article.moderation-item");
		assertThat(item).hasCount(1);
		assertThat(item.locator("h2")).hasText("Rent allowance forms");
		assertThat(item).containsText("By Bert Peeters");
		assertThat(item).containsText("It quotes a post by Mila Janssens");
		assertThat(item.locator(".flags li")).containsText("Cleo Claes");
		assertThat(item.locator(".flags li q")).hasText("Sends people to the wrong counter");
		Locator hide = item.locator("details", new Locator.LocatorOptions()
			.setHas(facilitator.locator("summary", new Page.LocatorOptions().setHasText("Hide the post"))));
		hide.locator("summary").click();
		this.browser.click(hide.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hide the post")));
		assertThat(facilitator.locator(".error")).hasText("Say why: the moderation log keeps the reason.");
		facilitator.getByLabel("Reason").fill("Wrong address, confuses newcomers");
		this.browser.click(button(facilitator, "Hide the post"));
		assertThat(facilitator.getByRole(AriaRole.STATUS).first()).containsText("The post is hidden.");
		assertThat(facilitator.locator("main")).containsText("No flagged post waits for a moderator.");
		this.browser.click(facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Moderation log")));
		assertThat(facilitator.locator("main tbody tr")).hasCount(1);
		assertThat(facilitator.locator("main tbody tr")).containsText("Farida Facilitator");
		assertThat(facilitator.locator("main tbody tr")).containsText("Hid a post");
		assertThat(facilitator.locator("main tbody tr")).containsText("Bert Peeters");
		assertThat(facilitator.locator("main tbody tr")).containsText("Wrong address, confuses newcomers");
		this.browser.visit(flagger, thread);
		assertThat(flagger.locator("article.post").nth(1)).containsText("This post is hidden");

		this.browser.visit(facilitator, thread);
		this.browser
			.click(facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock").setExact(true)));
		assertThat(facilitator.getByRole(AriaRole.STATUS).first()).containsText("The thread is locked.");

		this.browser.visit(replier, thread);
		assertThat(replier.locator("#reply")).hasCount(0);
		assertThat(replier.locator("main")).containsText("This thread is locked");
		this.browser.visit(replier, discussions);
		assertThat(replier.locator("main")).containsText("Locked");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("select count(*) from notification where recipient_id = ?",
					Integer.class, this.dirk.id()) == 2);
		Instant due = DigestPeriod.nextDue(EmailMode.DAILY, Instant.now(), this.mailSettings,
				this.properties.timeZone());
		this.mails.sendDigests(due);
		this.mails.sendDigests(due);
		List<SentMail> received = SentMail.to(this.fixtures.emailOf(this.dirk));
		Assertions.assertThat(received).hasSize(1);
		SentMail digest = received.getFirst();
		Assertions.assertThat(digest.subject()).isEqualTo("Your daily digest of Kring: 2 new notifications");
		Assertions.assertThat(digest.text())
			.contains("New thread in " + network + ": Rent allowance forms",
					"New reply in " + network + ": Rent allowance forms")
			.doesNotContain("At the counter");
		Assertions.assertThat(digest.html()).contains("New thread in").contains("New reply in");

		Page watcher = signedIn(this.dirk);
		this.browser.follow(watcher, URI.create("http://localhost:8080" + digest.unsubscribePath()));
		this.browser.click(button(watcher, "Stop notification e-mails"));
		assertThat(watcher.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("You get no more notification e-mails");
		this.browser
			.click(watcher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notification preferences")));
		assertThat(watcher.getByLabel("No e-mail")).isChecked();
	}

	@Test
	void aModeratorBlocksAnAuthorFromTheQueueOfAllTheirCommunitiesAndTheAuthorIsToldSo() {
		TestPrincipal farida = this.fixtures.member("Farida Facilitator");
		TestPrincipal mila = this.fixtures.member("Mila Janssens");
		TestPrincipal bert = this.fixtures.member("Bert Peeters");
		UUID community = this.fixtures.community("PUBLIC", farida, mila, bert);
		String discussions = "/communities/" + MeetingFixtures.slugOf(community) + "/discussions";
		DiscussionThread thread = this.discussions.start(mila, community,
				new ThreadDraft("Open question", "Anyone?", null, true));
		Post reply = this.discussions.reply(bert, thread.id(), "Cheap watches at my shop.", null);
		this.discussions.flag(mila, thread.id(), reply.id(), "Advertising");

		Page facilitator = signedIn(farida);
		this.browser.visit(facilitator, "/moderation");
		Locator item = facilitator.locator("article.moderation-item");
		assertThat(item.locator(".flags li q")).hasText("Advertising");
		Locator block = item.locator("details", new Locator.LocatorOptions().setHas(facilitator.locator("summary",
				new Page.LocatorOptions().setHasText("Block the author from this community"))));
		block.locator("summary").click();
		block.getByLabel("Reason").fill("Advertises again and again");
		this.browser.click(block.getByRole(AriaRole.BUTTON));
		assertThat(facilitator.getByRole(AriaRole.STATUS).first()).containsText("The author is blocked");
		assertThat(facilitator.locator("article.moderation-item")).containsText("Author blocked");
		this.browser.visit(facilitator, "/communities/" + MeetingFixtures.slugOf(community) + "/moderation");
		assertThat(facilitator.locator("section[aria-labelledby=blocked-heading]")).containsText("Bert Peeters");

		Page blocked = signedIn(bert);
		Assertions.assertThat(this.browser.visit(blocked, discussions + "/new").status()).isEqualTo(403);
		assertThat(blocked.locator("main")).containsText("A moderator blocked you from the discussions of");
		this.browser.visit(blocked, discussions + "/" + thread.id());
		assertThat(blocked.locator("main")).containsText("Anyone?");
		assertThat(blocked.locator("#reply")).hasCount(0);
	}

	@Test
	void noPayloadOfTheXssCorpusRunsInARealBrowser() {
		TestPrincipal farida = this.fixtures.member("Farida Facilitator");
		UUID community = this.fixtures.community("MEMBERS_ONLY", farida);
		DiscussionThread thread = this.discussions.start(farida, community,
				new ThreadDraft("Payloads", "Each reply below is a payload.", null, false));
		int posted = 1;
		for (String payload : XssPayloads.all()) {
			try {
				this.discussions.reply(farida, thread.id(), payload, null);
				posted++;
			}
			catch (DiscussionInvalid blank) {
				// a payload of white space only is no post
			}
		}
		Assertions.assertThat(posted).isGreaterThan(XssPayloads.all().size() * 9 / 10);

		Page page = signedIn(farida);
		List<String> ran = new ArrayList<>();
		page.onDialog((dialog) -> {
			ran.add(dialog.type() + ": " + dialog.message());
			dialog.dismiss();
		});
		String path = "/communities/" + MeetingFixtures.slugOf(community) + "/discussions/" + thread.id();
		int pages = (posted + 19) / 20;
		int shown = 0;
		for (int number = 0; number < pages; number++) {
			this.browser.visit(page, path + "?page=" + number);
			page.locator("article.post").first().hover();
			page.waitForTimeout(200);
			shown += page.locator("article.post").count();
			// as the browser reads them, after entities and stray characters
			List<?> links = (List<?>) page
				.evaluate("() => [...document.querySelectorAll('main a[href]')]" + ".map((a) => a.protocol)");
			Assertions.assertThat(links)
				.allSatisfy((protocol) -> Assertions.assertThat(protocol).isIn("http:", "https:", "mailto:"));
			List<?> images = (List<?>) page.evaluate("() => [...document.querySelectorAll('main img')]"
					+ ".map((img) => new URL(img.src, location).origin)");
			Assertions.assertThat(images)
				.allSatisfy((origin) -> Assertions.assertThat(origin).isEqualTo(this.browser.origin()));
		}
		Assertions.assertThat(shown).isEqualTo(posted);
		Assertions.assertThat(ran).as("dialogs opened by payloads").isEmpty();
	}

}
