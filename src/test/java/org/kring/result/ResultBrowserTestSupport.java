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

}
