package org.kring.community.web;

import java.util.List;
import java.util.Locale;

import org.kring.community.CommunityKind;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.web.FormErrors;
import org.kring.system.web.Languages;

/**
 * The form that starts, proposes or edits a community.
 *
 * @param mode what saving the form does
 * @param action where the form posts to
 * @param form what was typed, or the community as stored
 * @param errors the problems to show next to the fields
 * @param organisations the organisations that may be ticked as partners
 */
public record CommunityFormPage(Mode mode, String action, CommunityForm form, FormErrors errors,
		List<OrganisationSummary> organisations) {

	public List<CommunityKind> kinds() {
		return List.of(CommunityKind.values());
	}

	public List<Visibility> visibilities() {
		return List.of(Visibility.values());
	}

	public List<JoinPolicy> joinPolicies() {
		return List.of(JoinPolicy.values());
	}

	public List<Languages.Language> languages() {
		return Languages.SUPPORTED;
	}

	/**
	 * The message key of one of the page's texts, which differ by mode.
	 * @param text such as {@code title} or {@code submit}
	 * @return such as {@code community.form.create.title}
	 */
	public String key(String text) {
		return "community.form." + this.mode.name().toLowerCase(Locale.ROOT) + "." + text;
	}

	/**
	 * What saving the form does.
	 */
	public enum Mode {

		/** Starts a community in use. */
		CREATE,

		/** Proposes a community to the administrators. */
		PROPOSE,

		/** Changes a community. */
		EDIT

	}

}
