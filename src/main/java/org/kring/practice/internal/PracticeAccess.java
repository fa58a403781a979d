package org.kring.practice.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with good practices: the one place every page, file and the API ask. A
 * published practice is read by everyone; before that only by its submitter, its
 * reviewers, coordinators and administrators. Coordinators and administrators assign
 * reviewers, return, publish and put practices into a handbook; administrators set the
 * criteria. Something someone may not read must look to them as if it did not exist.
 */
@Component
public class PracticeAccess {

	private final JdbcClient jdbc;

	PracticeAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether someone reads a practice.
	 * @param me the signed-in person, or null for a visitor
	 * @param practice the practice
	 * @return true when they may
	 */
	@Transactional(readOnly = true)
	public boolean canRead(@Nullable KringPrincipal me, Practice practice) {
		return practice.state() == PracticeState.PUBLISHED || followsReview(me, practice);
	}

	/**
	 * Whether someone changes and submits a practice: its submitter while it is a draft
	 * or returned.
	 * @param me the signed-in person, or null for a visitor
	 * @param practice the practice
	 * @return true when they may
	 */
	public boolean mayEdit(@Nullable KringPrincipal me, Practice practice) {
		return me != null && practice.submittedBy().equals(me.id()) && practice.state().editable();
	}

	/**
	 * Whether someone runs the evaluation: assigns reviewers, returns and publishes
	 * practices, makes handbooks.
	 * @param me the signed-in person, or null for a visitor
	 * @return true for coordinators and administrators
	 */
	public boolean mayCoordinate(@Nullable KringPrincipal me) {
		return me != null && (me.coordinator() || me.administrator());
	}

	/**
	 * Whether someone is one of a practice's reviewers.
	 * @param personId the person
	 * @param practiceId the practice
	 * @return true when a coordinator assigned them
	 */
	@Transactional(readOnly = true)
	public boolean isReviewer(UUID personId, UUID practiceId) {
		return this.jdbc.sql("select count(*) from practice_review where practice_id = ? and reviewer_id = ?")
			.params(practiceId, personId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Whether someone follows a practice's way through review: its dated history. Its
	 * submitter, coordinators, administrators and its reviewers do.
	 * @param me the signed-in person, or null for a visitor
	 * @param practice the practice
	 * @return true when they may
	 */
	@Transactional(readOnly = true)
	public boolean followsReview(@Nullable KringPrincipal me, Practice practice) {
		return me != null
				&& (mayCoordinate(me) || practice.submittedBy().equals(me.id()) || isReviewer(me.id(), practice.id()));
	}

	/**
	 * Whether someone sees a practice's contact, as its submitter chose: with
	 * {@link ContactVisibility#PUBLIC} everyone, with {@link ContactVisibility#MEMBERS}
	 * anyone signed in, and always those who follow its review.
	 * @param me the signed-in person, or null for a visitor
	 * @param practice the practice
	 * @return true when they may
	 */
	@Transactional(readOnly = true)
	public boolean seesContact(@Nullable KringPrincipal me, Practice practice) {
		return switch (practice.description().contactVisibility()) {
			case PUBLIC -> true;
			case MEMBERS -> me != null;
			case NOBODY -> followsReview(me, practice);
		};
	}

}
