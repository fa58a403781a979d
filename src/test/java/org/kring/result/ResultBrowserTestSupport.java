package org.kring.result;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kring.meeting.MeetingBrowserTestSupport;
import org.kring.meeting.MeetingFixtures;
import org.kring.result.internal.Actions;
import org.kring.result.internal.LegislationTests;
import org.kring.result.internal.Signals;
import org.kring.result.internal.Tools;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browser tests of the result module: the meeting module's people, communities and
 * meetings, results through {@link #results}, all deleted after each test, and pages
 * signed in as someone.
 */
public abstract class ResultBrowserTestSupport extends MeetingBrowserTestSupport {

	@Autowired
	protected Signals signals;

	@Autowired
	protected Actions actions;

	@Autowired
	protected Tools tools;

	@Autowired
	protected LegislationTests legislationTests;

	protected ResultFixtures results;

	@BeforeEach
	void results() {
		this.results = new ResultFixtures(this.jdbc, this.fixtures, this.signals, this.actions, this.tools,
				this.legislationTests);
	}

	@AfterEach
	void deleteResults() {
		this.results.deleteAll();
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

	/** The button with this name. */
	protected static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

}
