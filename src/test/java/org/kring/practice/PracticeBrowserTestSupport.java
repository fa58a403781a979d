package org.kring.practice;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kring.meeting.MeetingBrowserTestSupport;
import org.kring.practice.internal.Practices;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browser tests of the practice module: people through {@link #fixtures}, practices
 * through {@link #practices}, all deleted after each test, and pages signed in as
 * someone.
 */
public abstract class PracticeBrowserTestSupport extends MeetingBrowserTestSupport {

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
