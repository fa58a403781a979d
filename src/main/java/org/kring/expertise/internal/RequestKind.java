package org.kring.expertise.internal;

/**
 * What an expert is asked for.
 */
public enum RequestKind {

	/** Review a document or a practice. */
	REVIEW,

	/** Give insight on an initiative. */
	INSIGHT,

	/** Speak at a meeting. */
	SPEAKING,

	/** Anything else, said in the request. */
	OTHER;

	public String messageKey() {
		return "expertrequests.kind." + name();
	}

}
