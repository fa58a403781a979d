package org.kring.expertise.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.system.web.FormErrors;

/**
 * The form that adds a field or qualification, or rewords one in every language.
 *
 * @param path the catalogue's address part, {@code fields} or {@code qualifications}
 * @param code the entry's code, null when adding one
 * @param name its English name as stored, null when adding one
 * @param retired whether it is out of use
 * @param examples whether the catalogue has examples (fields do)
 * @param languages the interface languages, English first, as tags
 * @param form what is shown in the inputs
 * @param errors what was wrong with what was typed
 */
public record CatalogueEntryPage(String path, @Nullable String code, @Nullable String name, boolean retired,
		boolean examples, List<String> languages, WordingForm form, FormErrors errors) {

	/**
	 * @return the message key of the heading that adds an entry to this catalogue
	 */
	public String addHeading() {
		return "catalogue." + this.path + ".add";
	}

	public boolean adding() {
		return this.code == null;
	}

	public String action() {
		return "/admin/expertise/" + this.path + "/" + (adding() ? "new" : this.code + "/edit");
	}

}
