package org.kring.meeting.internal;

/**
 * Someone tried an agenda action they may not take. {@link #hidden()} tells whether the
 * community or theme must look to them as if it did not exist (they may not read the
 * community) rather than be refused.
 */
public class ThemeAccessDenied extends RuntimeException {

	private final boolean hidden;

	ThemeAccessDenied(boolean hidden) {
		super(hidden ? "No such theme" : "Not allowed");
		this.hidden = hidden;
	}

	/**
	 * Whether to answer as for something that does not exist.
	 * @return true when the person may not read the community
	 */
	public boolean hidden() {
		return this.hidden;
	}

}
