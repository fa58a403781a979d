package org.kring.notification.web;

import org.kring.notification.internal.Unsubscriptions;

/**
 * The page of a one-click unsubscribe link, for whoever opens it: no sign-in needed.
 *
 * @param outcome what the link does or did
 * @param action where the button posts, for a link not used yet
 */
public record UnsubscribePage(Unsubscriptions.Outcome outcome, String action) {

	/** The message key of the page's title. */
	public String title() {
		return "notification.unsubscribe." + this.outcome.name() + ".title";
	}

	/** The message key of the page's explanation. */
	public String text() {
		return "notification.unsubscribe." + this.outcome.name() + ".text";
	}

	/** Whether the page offers the button that unsubscribes. */
	public boolean offer() {
		return this.outcome == Unsubscriptions.Outcome.VALID;
	}

}
