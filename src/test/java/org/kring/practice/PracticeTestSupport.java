package org.kring.practice;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kring.meeting.MeetingTestSupport;
import org.kring.practice.internal.Practices;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole application against the test database, for the practice module's page, flow
 * and authorization tests: people and communities through {@link #fixtures}, practices
 * through {@link #practices}, all deleted after each test.
 */
public abstract class PracticeTestSupport extends MeetingTestSupport {

	@Autowired
	protected Practices practiceRepository;

	protected PracticeFixtures practices;

	@BeforeEach
	void practices() {
		this.practices = new PracticeFixtures(this.jdbc, this.practiceRepository);
	}

	@AfterEach
	void deletePractices() {
		this.practices.deleteAll();
	}

}
