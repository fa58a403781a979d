package org.kring.expertise.internal;

/**
 * The two catalogues administrators maintain the same way, and the tables each lives in.
 */
public enum CatalogueKind {

	/** Expertise fields: each has a description and examples of activities. */
	FIELDS("expertise field", "expertise_field", "expertise_field_name", "field_code", true),

	/** Qualifications: each has a description, no examples. */
	QUALIFICATIONS("qualification", "expertise_qualification", "expertise_qualification_name", "qualification_code",
			false);

	final String noun;

	final String table;

	final String nameTable;

	final String codeColumn;

	final boolean hasExamples;

	CatalogueKind(String noun, String table, String nameTable, String codeColumn, boolean hasExamples) {
		this.noun = noun;
		this.table = table;
		this.nameTable = nameTable;
		this.codeColumn = codeColumn;
		this.hasExamples = hasExamples;
	}

}
