package org.kring.system.search;

import java.util.UUID;

/**
 * The tokens {@link Searchable#searchReaders()} answers with.
 */
public final class SearchReaders {

	/** Whoever reads its community; everyone when it has none. */
	public static final String PUBLIC = "public";

	/** The members of its community. */
	public static final String MEMBERS = "members";

	/** Coordinators (and administrators, who find everything). */
	public static final String COORDINATORS = "coordinators";

	private SearchReaders() {
	}

	/**
	 * One named person, such as the submitter of a draft or its reviewers.
	 * @param personId the person
	 * @return the token
	 */
	public static String person(UUID personId) {
		return "person:" + personId;
	}

}
