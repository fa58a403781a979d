package org.kring.result.internal;

/**
 * Someone tried to change an action they may not change. {@link #hidden()} tells whether
 * the action must look to them as if it did not exist (they may not read its community)
 * rather than be refused.
 */
public class ActionAccessDenied extends RuntimeException {

	private final boolean hidden;

	ActionAccessDenied(boolean hidden) {
		super(hidden ? "No such action" : "Not allowed");
		this.hidden = hidden;
	}

	/**
	 * Whether to answer as for something that does not exist.
	 * @return true when the person may not read the action's community
	 */
	public boolean hidden() {
		return this.hidden;
	}

}
