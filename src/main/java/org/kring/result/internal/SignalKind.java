package org.kring.result.internal;

/**
 * A joint signal of a community (from a meeting or written directly), or a recommendation
 * an advisory body writes.
 */
public enum SignalKind {

	SIGNAL, RECOMMENDATION;

	/**
	 * The key of this kind's name in the message bundles.
	 * @return such as {@code signal.kind.SIGNAL}
	 */
	public String messageKey() {
		return "signal.kind." + name();
	}

}
