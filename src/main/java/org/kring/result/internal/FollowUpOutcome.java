package org.kring.result.internal;

/**
 * What the community found came of an authority's answer, a while after it.
 */
public enum FollowUpOutcome {

	IMPLEMENTED, PARTLY_IMPLEMENTED, NOT_IMPLEMENTED;

	/**
	 * The key of this outcome's name in the message bundles.
	 * @return such as {@code signal.outcome.IMPLEMENTED}
	 */
	public String messageKey() {
		return "signal.outcome." + name();
	}

}
