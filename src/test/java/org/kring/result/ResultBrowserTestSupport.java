package org.kring.result;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kring.meeting.MeetingBrowserTestSupport;
import org.kring.result.internal.Actions;
import org.kring.result.internal.LegislationTests;
import org.kring.result.internal.Signals;
import org.kring.result.internal.Tools;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browser tests of the result module's pages: the running application and Chromium, with
 * the meeting module's fixtures and results through {@link #results}, all deleted after
 * each test.
 */
public abstract class ResultBrowserTestSupport extends MeetingBrowserTestSupport {

	@Autowired
	private Signals signals;

	@Autowired
	private Actions actions;

	@Autowired
	private Tools tools;

	@Autowired
	private LegislationTests legislationTests;

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

}
