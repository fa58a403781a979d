package org.kring.expertise;

/**
 * Who may see an expert profile besides its owner, who always sees it.
 */
public enum ProfileVisibility {

	/** Anyone, visitors included. */
	EVERYONE,

	/**
	 * People who share a community with the owner, and the instance's coordinators and
	 * administrators.
	 */
	COMMUNITIES,

	/** The instance's coordinators and administrators only: the default. */
	COORDINATORS

}
