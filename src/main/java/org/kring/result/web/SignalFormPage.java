package org.kring.result.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.organisation.OrganisationSummary;
import org.kring.result.internal.SignalDraft;
import org.kring.result.internal.SignalKind;
import org.kring.system.web.FormErrors;

/**
 * The form on which a facilitator writes or revises a signal.
 *
 * @param community the community that signs it
 * @param kinds the kinds it may be, the usual one first
 * @param authorities the government organisations it may address
 * @param form what was typed, or the draft as it is
 * @param errors the problems
 * @param action where the form posts to
 * @param backPath the page to go back to
 */
public record SignalFormPage(CommunitySummary community, List<SignalKind> kinds, List<OrganisationSummary> authorities,
		SignalDraft form, FormErrors errors, String action, String backPath) {

	/**
	 * Whether a revision, rather than a new draft.
	 * @return true when revising
	 */
	public boolean revising() {
		return this.form.version() != null;
	}

	public boolean chosen(SignalKind kind) {
		return (this.form.kind() != null) ? kind.name().equals(this.form.kind()) : kind == this.kinds.get(0);
	}

	public boolean chosen(OrganisationSummary organisation) {
		return organisation.id().toString().equals(this.form.organisation());
	}

	public @Nullable String version() {
		return (this.form.version() != null) ? this.form.version().toString() : null;
	}

}
