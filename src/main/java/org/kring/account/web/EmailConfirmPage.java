package org.kring.account.web;

import org.jspecify.annotations.Nullable;

/**
 * The page a link to confirm a new e-mail address leads to.
 *
 * @param state whether the link can be used
 * @param newEmail the address the link confirms, while it can be used
 * @param token the secret from the link, to send back with the confirmation
 */
public record EmailConfirmPage(State state, @Nullable String newEmail, @Nullable String token) {

	/**
	 * What the page says.
	 */
	public enum State {

		/** The link can be used: the page asks to confirm. */
		READY,
		/** The link is unknown, used, expired or another person's. */
		INVALID,
		/** Another account took the address in the meantime. */
		TAKEN

	}

	public boolean ready() {
		return this.state == State.READY;
	}

	public boolean invalid() {
		return this.state == State.INVALID;
	}

	public boolean taken() {
		return this.state == State.TAKEN;
	}

}
