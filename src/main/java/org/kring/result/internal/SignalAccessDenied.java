package org.kring.result.internal;

/**
 * Someone tried to act on a signal they may not act on. {@link #hidden()} tells whether
 * the signal must look to them as if it did not exist (they may not see it) rather than
 * be refused.
 */
public class SignalAccessDenied extends RuntimeException {

	private final boolean hidden;

	SignalAccessDenied(boolean hidden) {
		super(hidden ? "No such signal" : "Not allowed");
		this.hidden = hidden;
	}

	/**
	 * Whether to answer as for something that does not exist.
	 * @return true when the person may not see the signal or its community
	 */
	public boolean hidden() {
		return this.hidden;
	}

}
