package org.kring.meeting.internal;

/**
 * Where a theme on a community's agenda stands.
 */
public enum ThemeState {

	/** Proposed and open for support. */
	PROPOSED,

	/** Chosen as the theme of an upcoming meeting. */
	SCHEDULED,

	/** Treated by a meeting that was closed. */
	DONE,

	/** A duplicate, folded into another theme with its supporters. */
	MERGED,

	/** Declined by a facilitator, with a reason. */
	DECLINED;

	/**
	 * Whether members may still support the theme or withdraw their support.
	 * @return true for a proposed or scheduled theme
	 */
	public boolean open() {
		return this == PROPOSED || this == SCHEDULED;
	}

}
