package org.kring.meeting;

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

}
