package org.kring.expertise.internal;

/**
 * Where a request stands as a whole.
 */
public enum RequestState {

	/** The experts may still answer. */
	OPEN,

	/** The asker has what they needed and closed it. */
	CLOSED,

	/** The asker withdrew it. */
	CANCELLED;

	public String messageKey() {
		return "expertrequests.state." + name();
	}

}
