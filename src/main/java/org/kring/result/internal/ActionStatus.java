package org.kring.result.internal;

/**
 * Where an action on an agenda stands. A dropped action keeps the reason it was dropped.
 */
public enum ActionStatus {

	PLANNED, IN_PROGRESS, DONE, DROPPED;

	/**
	 * Whether the action is still to be done.
	 * @return true when planned or in progress
	 */
	public boolean open() {
		return this == PLANNED || this == IN_PROGRESS;
	}

	/**
	 * The key of this status's name in the message bundles.
	 * @return such as {@code action.status.DONE}
	 */
	public String messageKey() {
		return "action.status." + name();
	}

}
