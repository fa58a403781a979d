package org.kring.result.internal;

/**
 * Where a signal stands: written, sent to the authority, acknowledged by it, answered,
 * and finally followed up with what came of the answer.
 */
public enum SignalState {

	DRAFT, SENT, ACKNOWLEDGED, ANSWERED, FOLLOWED_UP;

	/**
	 * The key of this state's name in the message bundles.
	 * @return such as {@code signal.state.SENT}
	 */
	public String messageKey() {
		return "signal.state." + name();
	}

}
