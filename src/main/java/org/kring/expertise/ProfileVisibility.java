package org.kring.expertise;

/**
 * Who may see an expert profile besides its owner, who always sees their own.
 */
public enum ProfileVisibility {

	/** Anyone, visitors and the public API included. */
	EVERYONE,

	/**
	 * People who share at least one community with the owner, and the instance's
	 * coordinators and administrators.
	 */
	COMMUNITIES,

	/** The instance's coordinators and administrators only. */
	COORDINATORS

}
