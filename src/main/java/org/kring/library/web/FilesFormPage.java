package org.kring.library.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.library.internal.Publication;
import org.kring.system.i18n.LanguageCodes;
import org.kring.system.web.FormErrors;

/**
 * The form that adds files to a publication: a new version with its change note, or a
 * translation with its own title, summary and files.
 *
 * @param publication the publication
 * @param translation true for a translation, false for a new version
 * @param values the values as typed, by field
 * @param errors their problems
 * @param languages the languages a translation may be in
 */
public record FilesFormPage(Publication publication, boolean translation, java.util.Map<String, String> values,
		FormErrors errors, List<LanguageCodes.Named> languages) {

	public String path() {
		return "/publications/" + this.publication.id();
	}

	public String action() {
		return path() + (this.translation ? "/translations/new" : "/versions/new");
	}

	public @Nullable String value(String field) {
		return this.values.get(field);
	}

}
