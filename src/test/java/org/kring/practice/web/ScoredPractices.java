package org.kring.practice.web;

import java.util.UUID;

import org.kring.practice.PracticeFixtures;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.TargetGroup;
import org.kring.system.TestPrincipal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Published practices with the scores their reviewers gave, written straight into the
 * tables the evaluation keeps, for the benchmark's and the handbook's tests.
 */
final class ScoredPractices {

	static final String EDUCATION = "education";

	private final JdbcTemplate jdbc;

	private final PracticeFixtures practices;

	private final TestPrincipal submitter;

	private final TestPrincipal coordinator;

	ScoredPractices(JdbcTemplate jdbc, PracticeFixtures practices, TestPrincipal submitter, TestPrincipal coordinator) {
		this.jdbc = jdbc;
		this.practices = practices;
		this.submitter = submitter;
		this.coordinator = coordinator;
	}

	/**
	 * A published practice in a country and one or more fields, working with women,
	 * started 2021.
	 */
	Practice published(String title, String country, String field, String... moreFields) {
		Practice practice = this.practices.published(this.submitter,
				PracticeFixtures.description(title, country, field), this.coordinator);
		for (String more : moreFields) {
			this.jdbc.update("insert into practice_field (practice_id, field_code) values (?, ?)", practice.id(), more);
		}
		return practice;
	}

	void startedIn(Practice practice, int year) {
		this.jdbc.update("update practice set start_year = ? where id = ?", year, practice.id());
	}

	void worksWith(Practice practice, TargetGroup group) {
		this.jdbc.update("insert into practice_target_group (practice_id, target_group) values (?, ?)", practice.id(),
				group.name());
	}

	/**
	 * A review handed in, scoring the default criteria in their order.
	 * @return the reviewer
	 */
	UUID handedIn(Practice practice, int... scores) {
		return review(practice, true, scores);
	}

	/** A review still being written: its scores must not count. */
	void unfinished(Practice practice, int... scores) {
		review(practice, false, scores);
	}

	private UUID review(Practice practice, boolean submitted, int... scores) {
		UUID reviewer = UUID.randomUUID();
		this.jdbc.update(
				"insert into practice_review (practice_id, reviewer_id, assigned_by, assigned_at, submitted_at, remarks)"
						+ " values (?, ?, ?, current_timestamp, " + (submitted ? "current_timestamp" : "null")
						+ ", null)",
				practice.id(), reviewer, this.coordinator.id());
		for (int i = 0; i < scores.length; i++) {
			this.jdbc.update(
					"insert into practice_score (practice_id, reviewer_id, criterion_id, score, justification)"
							+ " select ?, ?, id, ?, 'Seen in the field.' from practice_criterion where position = ?",
					practice.id(), reviewer, scores[i], i + 1);
		}
		return reviewer;
	}

}
