package org.kring.expertise.internal;

import java.util.Set;

/**
 * Where a candidate stands in a community's recruitment. A nomination is open while its
 * candidate is nominated, invited, has accepted or is active; declined, withdrawn and
 * alumni nominations are closed, and the candidate may be nominated again.
 */
public enum NominationState {

	/** A nominator proposed the candidate; nobody told them yet. */
	NOMINATED,

	/** The candidate got an invitation mail with accept and decline links. */
	INVITED,

	/** The candidate accepted; the community makes them an expert member. */
	ACCEPTED,

	/** The candidate declined. */
	DECLINED,

	/** A nominator withdrew the nomination or invitation before an answer. */
	WITHDRAWN,

	/** The candidate is an expert member of the community. */
	ACTIVE,

	/** The candidate was an active expert and no longer is. */
	ALUMNI;

	/**
	 * Whether the nomination is still under way or its candidate active.
	 * @return true for nominated, invited, accepted and active
	 */
	public boolean open() {
		return this == NOMINATED || this == INVITED || this == ACCEPTED || this == ACTIVE;
	}

	/**
	 * Whether a nomination in this state may move to another.
	 * @param next the state asked for
	 * @return true for the transitions of the pipeline
	 */
	public boolean mayBecome(NominationState next) {
		return switch (this) {
			case NOMINATED -> Set.of(INVITED, WITHDRAWN).contains(next);
			case INVITED -> Set.of(ACCEPTED, DECLINED, WITHDRAWN).contains(next);
			case ACCEPTED -> next == ACTIVE;
			case ACTIVE -> next == ALUMNI;
			case DECLINED, WITHDRAWN, ALUMNI -> false;
		};
	}

}
