package org.kring.practice.internal;

import java.util.Collection;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;

/**
 * Brings the search entries of practices up to date after statements Hibernate Search
 * does not see: reviewers assigned or removed, drafts deleted with SQL. Called within the
 * transaction that made the change; the index follows when it commits.
 */
@Component
class PracticeIndexing {

	private final EntityManager entityManager;

	PracticeIndexing(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Indexes practices again as they are now in the database.
	 * @param practiceIds the practices; ids no longer there are left alone
	 */
	void reindex(Collection<UUID> practiceIds) {
		// pending changes first, as refreshing would discard them
		this.entityManager.flush();
		for (UUID id : practiceIds) {
			Practice practice = this.entityManager.find(Practice.class, id);
			if (practice != null) {
				// a practice read earlier in this transaction holds the reviewers of then
				this.entityManager.refresh(practice);
				Search.session(this.entityManager).indexingPlan().addOrUpdate(practice);
			}
		}
	}

	/**
	 * Takes deleted practices out of the index.
	 * @param practiceIds the practices
	 */
	void forget(Collection<UUID> practiceIds) {
		practiceIds.forEach((id) -> Search.session(this.entityManager).indexingPlan().purge(Practice.class, id, null));
	}

}
