package org.kring.organisation;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The expertise fields organisations work in. Another module keeps the catalogue of
 * fields and provides this; the organisation module refers to fields by code only, so it
 * does not depend on the module that recruits experts in them.
 */
public interface FieldVocabulary {

	/**
	 * The fields in use, in their order.
	 * @param locale the reader's language
	 * @return every field not retired, named in that language or else in English
	 */
	List<FieldName> all(Locale locale);

	/**
	 * Whether a field is in use.
	 * @param code a code, possibly typed by someone
	 * @return true when a field with this code exists and is not retired
	 */
	boolean exists(@Nullable String code);

}
