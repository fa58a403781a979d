package org.kring.expertise.catalogue;

import java.util.Arrays;
import java.util.Optional;

import org.kring.expertise.internal.CatalogueKind;

/**
 * A catalogue as its address names it: {@code /admin/expertise/fields} or
 * {@code /admin/expertise/qualifications}.
 */
enum CatalogueSection {

	FIELDS("fields", CatalogueKind.FIELDS), QUALIFICATIONS("qualifications", CatalogueKind.QUALIFICATIONS);

	final String path;

	final CatalogueKind kind;

	CatalogueSection(String path, CatalogueKind kind) {
		this.path = path;
		this.kind = kind;
	}

	static Optional<CatalogueSection> of(String path) {
		return Arrays.stream(values()).filter((section) -> section.path.equals(path)).findFirst();
	}

}
