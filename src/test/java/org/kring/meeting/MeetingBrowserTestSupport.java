package org.kring.meeting;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.kring.system.TestPrincipal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kring.account.AccountManagement;
import org.kring.browser.BrowserTestSupport;
import org.kring.meeting.internal.Meetings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Browser tests of pages with meetings: the running application and Chromium, with
 * {@link #fixtures} for people, communities and meetings, deleted after each test.
 */
public abstract class MeetingBrowserTestSupport extends BrowserTestSupport {

	@Autowired
	protected AccountManagement accounts;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected Meetings meetings;

	protected MeetingFixtures fixtures;

	@BeforeEach
	void meetingFixtures() {
		this.fixtures = new MeetingFixtures(this.jdbc, this.accounts, this.meetings);
	}

	@AfterEach
	void deleteMeetingFixtures() {
		this.fixtures.deleteAll();
	}

	/** A new page in English, signed in as the person. */
	protected Page signedIn(TestPrincipal person) {
		Page page = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.visit(page, "/login");
		page.locator("#email").fill(this.fixtures.emailOf(person));
		page.locator("#password").fill(MeetingFixtures.PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));
		return page;
	}

	/**
	 * Reloads the home page until the bell in the header counts an unread notification:
	 * notifications are made once the event's transaction has committed.
	 * @param page a signed-in page
	 * @return the bell
	 */
	protected Locator bellOnceRung(Page page) {
		for (int tries = 0; tries < 50 && page.locator("header .bell-count").count() == 0; tries++) {
			page.waitForTimeout(100);
			this.browser.visit(page, "/");
		}
		return page.locator("header a.bell");
	}

	/** The button with this name. */
	protected static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

}
