package org.kring.practice.internal;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A reviewer assigned to a practice, as the practice's search entry reads it: read only,
 * as {@link ReviewStore} writes these rows and re-indexes the practice.
 */
@Entity
@Immutable
@Table(name = "practice_review")
@IdClass(PracticeReviewer.Key.class)
class PracticeReviewer {

	@Id
	@Column(name = "practice_id")
	private UUID practiceId;

	@Id
	@Column(name = "reviewer_id")
	private UUID reviewerId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "practice_id", insertable = false, updatable = false)
	private Practice practice;

	@SuppressWarnings("NullAway.Init")
	protected PracticeReviewer() {
	}

	UUID reviewerId() {
		return this.reviewerId;
	}

	/** The identity of an assignment: the practice and the reviewer. */
	@SuppressWarnings("NullAway.Init")
	static class Key implements Serializable {

		private UUID practiceId;

		private UUID reviewerId;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.practiceId.equals(key.practiceId)
					&& this.reviewerId.equals(key.reviewerId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.practiceId, this.reviewerId);
		}

	}

}
