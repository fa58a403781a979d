package org.kring.expertise;

import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.browser.BrowserTestSupport;
import org.kring.browser.TestMail;
import org.kring.expertise.internal.ExpertRequestSettings;
import org.kring.system.KringProperties;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator finds two experts by name and asks them for a review with a PDF; one
 * expert opens the mail's link on a 320-pixel phone, logs in, and answers with text and a
 * PNG; the other declines; the asker sees both outcomes. Every page passes axe.
 */
class ExpertRequestsBrowserTests extends BrowserTestSupport {

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExpertRequestSettings settings;

	@Autowired
	KringProperties properties;

	private ExpertRequestFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ExpertRequestFixtures(this.jdbc, this.accounts,
				ExpertRequestFixtures.directoryOf(this.settings, this.properties));
	}

	@AfterEach
	void deleteWhatWasAdded() throws Exception {
		this.fixtures.deleteAll();
	}

	@Test
	void aFacilitatorAsksTwoExpertsOneAnswersOneDeclines() {
		String suffix = Long.toString(System.nanoTime(), 36);
		TestPrincipal claire = this.fixtures.person("Claire", InstanceRole.MEMBER, Locale.ENGLISH);
		this.fixtures.community(claire);
		TestPrincipal hanne = this.fixtures.expert("Hanne " + suffix, "EVERYONE", Locale.ENGLISH);
		TestPrincipal samuel = this.fixtures.expert("Samuel " + suffix, "EVERYONE", Locale.ENGLISH);

		Page asker = englishPage();
		logIn(asker, this.fixtures.emailOf(claire));
		this.browser.visit(asker, "/experts/requests");
		this.browser
			.click(asker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask experts for input")));
		assertThat(asker.locator("h1")).hasText("Ask experts for input");
		choose(asker, hanne);
		choose(asker, samuel);
		asker.getByLabel("Review a document").check();
		asker.locator("#title").fill("Review our welcome guide");
		asker.locator("#question").fill("Is the guide clear for newcomers?");
		asker.locator("#dueOn").fill("2000-01-01");
		this.browser.click(asker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the request")));
		assertThat(asker.locator("#dueOn-error")).hasText("The due date must be today or later.");
		assertThat(asker.locator("#title")).hasValue("Review our welcome guide");
		asker.locator("#dueOn").fill(java.time.LocalDate.now(this.properties.timeZone()).plusDays(7).toString());
		asker.locator("#attachments").setInputFiles(new FilePayload("guide.pdf", "application/pdf", SampleFiles.pdf()));
		this.browser.click(asker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the request")));
		assertThat(asker.getByRole(AriaRole.STATUS)).hasText("Your request was sent to the experts.");
		assertThat(asker.locator("h1")).hasText("Review our welcome guide");
		String requestPath = asker.url().substring(this.browser.origin().length());

		Page phone = this.browser.newPage((options) -> options.setLocale("en").setViewportSize(320, 640));
		this.browser.follow(phone, TestMail.newestTo(this.fixtures.emailOf(hanne)).firstLink());
		phone.locator("#email").fill(this.fixtures.emailOf(hanne));
		phone.locator("#password").fill(ExpertRequestFixtures.PASSWORD);
		this.browser.click(phone.locator("main form[action='/login'] [type=submit]"));
		assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*" + requestPath + "(\\?continue)?$"));
		assertThat(phone.locator("main")).containsText("guide.pdf");
		assertThat(fitsWidth(phone)).as("no sideways scrolling at 320 px").isTrue();
		phone.locator("#answer").fill("Clear, but add a glossary.");
		phone.locator("#attachments").setInputFiles(new FilePayload("chart.png", "image/png", SampleFiles.png()));
		this.browser.click(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answer")));
		assertThat(phone.getByRole(AriaRole.STATUS)).hasText("Your answer was sent.");
		assertThat(fitsWidth(phone)).isTrue();

		Page other = englishPage();
		logIn(other, this.fixtures.emailOf(samuel));
		this.browser.visit(other, "/experts/requests");
		this.browser
			.click(other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review our welcome guide")));
		other.locator("#reason").fill("Away that month.");
		this.browser
			.click(other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline the request")));
		assertThat(other.getByRole(AriaRole.STATUS)).hasText("You declined the request.");

		this.browser.visit(asker, requestPath);
		assertThat(asker.locator("#replies ~ ul")).containsText("Clear, but add a glossary.");
		assertThat(asker.locator("#replies ~ ul")).containsText("chart.png");
		assertThat(asker.locator("#replies ~ ul")).containsText("Away that month.");
		assertThat(asker.locator("#replies ~ ul")).containsText("Declined");
		this.browser.visit(asker, "/experts/requests");
		assertThat(asker.locator("main")).containsText("2 asked, 1 answered, 1 declined");
	}

	private void choose(Page page, TestPrincipal expert) {
		page.locator("#q").fill(expert.displayName());
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")));
		this.browser.click(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Ask " + expert.displayName()).setExact(true)));
		assertThat(page.getByLabel(expert.displayName(), new Page.GetByLabelOptions().setExact(true))).isChecked();
	}

	private Page englishPage() {
		return this.browser.newPage((options) -> options.setLocale("en"));
	}

	private void logIn(Page page, String email) {
		this.browser.visit(page, "/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(ExpertRequestFixtures.PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));
	}

	private static boolean fitsWidth(Page page) {
		return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
	}

}
