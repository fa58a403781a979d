package org.kring.result.web;

import org.jspecify.annotations.Nullable;
import org.kring.result.internal.SignalState;
import org.kring.system.web.FormErrors;

/**
 * The page the authority's personal link opens: the signal, the button that acknowledges
 * it and the answer form; once answered, only that it was, with the published signal.
 *
 * @param text the signal
 * @param action the link's path, which its forms post under
 * @param answer the answer as typed, or null
 * @param answeredBy the name the answer is signed with, as typed (the contact's at first)
 * @param errors the answer form's problems
 * @param refusal the message key of a step refused, such as
 * {@code signal.already-answered}, or null
 */
public record SignalResponsePage(SignalTextView text, String action, @Nullable String answer,
		@Nullable String answeredBy, FormErrors errors, @Nullable String refusal) {

	public boolean answered() {
		return this.text.signal().answeredAt() != null;
	}

	public boolean mayAcknowledge() {
		return this.text.signal().state() == SignalState.SENT;
	}

	public boolean acknowledged() {
		return this.text.signal().state() == SignalState.ACKNOWLEDGED;
	}

	public String signalPath() {
		return "/signals/" + this.text.signal().id();
	}

}
