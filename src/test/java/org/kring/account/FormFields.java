package org.kring.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a rendered form shows in and next to its fields.
 */
public final class FormFields {

	private FormFields() {
	}

	/**
	 * The message shown next to a field, or null.
	 */
	public static @Nullable String errorOf(String page, String field) {
		Matcher matcher = Pattern.compile("id=\"" + field + "-error\">([^<]*)<").matcher(page);
		return matcher.find() ? matcher.group(1) : null;
	}

	/**
	 * The value a field shows, or null when it shows none.
	 */
	public static @Nullable String valueOf(String page, String field) {
		Matcher input = Pattern.compile("<input id=\"" + field + "\"[^>]*>").matcher(page);
		if (!input.find()) {
			throw new AssertionError("No field " + field);
		}
		Matcher value = Pattern.compile(" value=\"([^\"]*)\"").matcher(input.group());
		return value.find() ? value.group(1) : null;
	}

}
