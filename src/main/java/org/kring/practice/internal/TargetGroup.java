package org.kring.practice.internal;

/**
 * The people a practice works with.
 */
public enum TargetGroup {

	/** Women. */
	WOMEN,

	/** Young people from 19 to 26. */
	YOUNG_PEOPLE,

	/** Recognised refugees. */
	REFUGEES,

	/** People whose asylum claim is pending. */
	ASYLUM_SEEKERS,

	/** People without legal residence. */
	UNDOCUMENTED,

	/** Families. */
	FAMILIES,

	/** Anyone else the description names. */
	OTHERS

}
