package org.kring.result.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a facilitator typed for a signal, as typed: checked by {@link SignalBook}.
 *
 * @param kind {@code SIGNAL} or {@code RECOMMENDATION}, or null for the community's usual
 * kind
 * @param title the title
 * @param body the signal's text
 * @param evidence what it rests on
 * @param ask what the authority is asked to do
 * @param organisation the id of the government organisation it addresses, or blank
 * @param office the named office it addresses, or the department within the organisation
 * @param version the version of the signal the form was filled in on, for a revision
 */
public record SignalDraft(@Nullable String kind, @Nullable String title, @Nullable String body,
		@Nullable String evidence, @Nullable String ask, @Nullable String organisation, @Nullable String office,
		@Nullable Long version) {

	/** An empty form. */
	public static final SignalDraft EMPTY = new SignalDraft(null, null, null, null, null, null, null, null);

	/**
	 * The form filled in with a signal as it is.
	 * @param signal the signal
	 * @return its draft
	 */
	public static SignalDraft of(Signal signal) {
		return new SignalDraft(signal.kind().name(), signal.title(), signal.body(), signal.evidence(), signal.ask(),
				(signal.authority().organisationId() != null) ? signal.authority().organisationId().toString() : null,
				signal.authority().office(), signal.version());
	}

}
