package org.kring.library.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.library.internal.PublicationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.i18n.LanguageCodes;
import org.kring.system.web.FormErrors;

/**
 * The form to add a publication or to change one's description.
 *
 * @param action where the form posts to
 * @param publicationPath the publication's page, null for a new one
 * @param form the form as typed
 * @param errors its problems
 * @param organisations the organisations to choose from
 * @param communities the communities to choose from
 * @param languages the languages to choose from
 */
public record PublicationFormPage(String action, @Nullable String publicationPath, PublicationForm form,
		FormErrors errors, List<OrganisationSummary> organisations, List<CommunitySummary> communities,
		List<LanguageCodes.Named> languages) {

	public boolean editing() {
		return this.publicationPath != null;
	}

	public List<PublicationKind> kinds() {
		return List.of(PublicationKind.values());
	}

}
