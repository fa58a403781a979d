package org.kring.result;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kring.meeting.MeetingTestSupport;
import org.kring.result.internal.Actions;
import org.kring.result.internal.LegislationTests;
import org.kring.result.internal.Signals;
import org.kring.result.internal.Tools;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole application against the test database, for the result module's page, flow and
 * authorization tests: the meeting module's people, communities and meetings, and results
 * through {@link #results}, all deleted after each test.
 */
public abstract class ResultTestSupport extends MeetingTestSupport {

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
