package org.kring.result.web;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.organisation.OrganisationSummary;
import org.kring.result.internal.Signal;
import org.kring.system.web.Markdown;

/**
 * A signal as its authority reads it: its kind, title, the community that signs it, whom
 * it addresses, its text, evidence and ask.
 *
 * @param signal the signal
 * @param community the community that signs it
 * @param organisation the government organisation it addresses, or null
 */
public record SignalTextView(Signal signal, CommunitySummary community, @Nullable OrganisationSummary organisation) {

	public String bodyHtml() {
		return html(this.signal.body());
	}

	public String evidenceHtml() {
		return html(this.signal.evidence());
	}

	public String askHtml() {
		return html(this.signal.ask());
	}

	private static String html(@Nullable String markdown) {
		return (markdown != null) ? Markdown.toHtml(markdown) : "";
	}

}
