package org.kring.result.web;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.system.web.FormErrors;

/**
 * The form to write an entry of a community's legislation register or to edit one.
 *
 * @param community the community
 * @param action where the form posts to
 * @param entryPath the entry's page, or null for a new entry
 * @param form the form as typed
 * @param errors its problems
 */
public record LegislationFormPage(CommunitySummary community, String action, @Nullable String entryPath,
		LegislationForm form, FormErrors errors) {

	public String registerPath() {
		return ToolboxPaths.legislationTests(this.community);
	}

	public boolean editing() {
		return this.entryPath != null;
	}

}
