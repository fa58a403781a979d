package org.kring.discussion.internal;

/**
 * Someone tried what they may not: 404 when they may not even read what they acted on, so
 * that it looks as if it did not exist, else 403. Nothing changed.
 */
public class DiscussionAccessDenied extends RuntimeException {

	private final boolean visible;

	/**
	 * A refusal.
	 * @param visible whether they read what they acted on
	 */
	public DiscussionAccessDenied(boolean visible) {
		super(visible ? "Not allowed" : "Not found");
		this.visible = visible;
	}

	/**
	 * Whether they read what they acted on.
	 * @return true for a 403, false for a 404
	 */
	public boolean visible() {
		return this.visible;
	}

}
