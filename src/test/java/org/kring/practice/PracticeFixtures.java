package org.kring.practice;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kring.practice.internal.ContactVisibility;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeDescription;
import org.kring.practice.internal.Practices;
import org.kring.practice.internal.TargetGroup;
import org.kring.system.TestPrincipal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Good practices for tests, in each state of their way to publication, all deleted by
 * {@link #deleteAll}.
 */
public final class PracticeFixtures {

	/** A field of the default catalogue (seed 000). */
	public static final String FIELD = "labour-market";

	private final JdbcTemplate jdbc;

	private final Practices practices;

	public PracticeFixtures(JdbcTemplate jdbc, Practices practices) {
		this.jdbc = jdbc;
		this.practices = practices;
	}

	/** A description complete enough to submit, in English, running in Belgium. */
	public static PracticeDescription description(String title) {
		return description(title, "BE", FIELD);
	}

	/** A description complete enough to submit. */
	public static PracticeDescription description(String title, String country, String field) {
		return new PracticeDescription(title, "What " + title + " does, in a few sentences.", country, "Antwerp",
				Set.of(field), Set.of(TargetGroup.WOMEN), null, "Fictional Welcome Office", 2021, true,
				"The situation it answers.", "What it wants.", "Weekly sessions with newcomers.",
				"Forty people found work.", "A follow-up survey.", "Two staff, city funding.",
				"A room and two counsellors.", "Sam Example", "sam@example.org", ContactVisibility.NOBODY, "en",
				Set.of("nl", "en"), List.of());
	}

	/** A draft by the submitter. */
	public Practice draft(TestPrincipal submitter, String title) {
		return this.practices.save(Practice.draft(description(title), submitter.id(), Instant.now()));
	}

	/** A practice handed in, waiting for reviewers. */
	public Practice submitted(TestPrincipal submitter, String title) {
		Practice practice = Practice.draft(description(title), submitter.id(), Instant.now());
		practice.submit(submitter.id(), Instant.now());
		return this.practices.save(practice);
	}

	/** A practice in review, the reviewers assigned by the coordinator. */
	public Practice inReview(TestPrincipal submitter, String title, TestPrincipal coordinator,
			TestPrincipal... reviewers) {
		Practice practice = submitted(submitter, title);
		practice.startReview(coordinator.id(), Instant.now());
		practice = this.practices.save(practice);
		for (TestPrincipal reviewer : reviewers) {
			this.jdbc.update("insert into practice_review (practice_id, reviewer_id, assigned_by, assigned_at)"
					+ " values (?, ?, ?, current_timestamp)", practice.id(), reviewer.id(), coordinator.id());
		}
		return practice;
	}

	/** A published practice, without scores. */
	public Practice published(TestPrincipal submitter, String title, TestPrincipal coordinator) {
		return published(submitter, description(title), coordinator);
	}

	/** A published practice with this description, without scores. */
	public Practice published(TestPrincipal submitter, PracticeDescription description, TestPrincipal coordinator) {
		Practice practice = Practice.draft(description, submitter.id(), Instant.now());
		practice.submit(submitter.id(), Instant.now());
		practice.startReview(coordinator.id(), Instant.now());
		practice.publish("Reviewers found it well worth transferring.", coordinator.id(), Instant.now());
		return this.practices.save(practice);
	}

	/** The practice as it is now in the database. */
	public Practice reload(UUID id) {
		return this.practices.findById(id).orElseThrow();
	}

	/**
	 * Deletes every practice, with its reviews, scores, files and history, and puts the
	 * criteria back as they come: the six defaults, in their order, none retired.
	 */
	public void deleteAll() {
		this.jdbc.update("delete from practice");
		this.jdbc.update("delete from practice_criterion where code not in ('relevance', 'effectiveness',"
				+ " 'transferability', 'sustainability', 'participation', 'gender')");
		this.jdbc.update("update practice_criterion set retired = false, position = case code"
				+ " when 'relevance' then 1 when 'effectiveness' then 2 when 'transferability' then 3"
				+ " when 'sustainability' then 4 when 'participation' then 5 else 6 end");
	}

}
