package org.kring.organisation.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The readable part of an organisation's address: lower-case letters and digits in words
 * joined by single hyphens, made from the name unless someone chooses one.
 */
public final class Slugs {

	public static final int MIN_LENGTH = 2;

	public static final int MAX_LENGTH = 80;

	/** A name with no Latin letters or digits (Arabic, say) gets this one. */
	static final String FALLBACK = "organisation";

	private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	/** Addresses of pages that sit beside the organisations' own. */
	private static final Set<String> RESERVED = Set.of("new", "edit", "map", "export");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/**
	 * Makes an address part from a name: accents dropped, ligatures and special letters
	 * spelled out, everything else a hyphen.
	 * @param name an organisation's name
	 * @return a valid slug, {@value #FALLBACK} when the name gives none
	 */
	public static String fromName(String name) {
		String spelled = name.toLowerCase(Locale.ROOT)
			.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("œ", "oe")
			.replace("ø", "o")
			.replace("ł", "l")
			.replace("đ", "d")
			.replace("&", " and ");
		String plain = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFKD)).replaceAll("");
		String slug = trimHyphens(OTHER.matcher(plain).replaceAll("-"));
		if (slug.length() > MAX_LENGTH) {
			slug = trimHyphens(slug.substring(0, MAX_LENGTH));
		}
		return (slug.length() < MIN_LENGTH) ? FALLBACK : slug;
	}

	/**
	 * The same slug with a number after it, for a name whose slug is taken.
	 * @param slug a valid slug
	 * @param number 2 or more
	 * @return such as {@code de-brug-2}, never longer than {@value #MAX_LENGTH}
	 */
	static String numbered(String slug, int number) {
		String suffix = "-" + number;
		String base = slug;
		if (base.length() + suffix.length() > MAX_LENGTH) {
			base = trimHyphens(base.substring(0, MAX_LENGTH - suffix.length()));
		}
		return base + suffix;
	}

	/**
	 * What is wrong with a slug someone chose.
	 * @param slug the typed slug, stripped
	 * @return a message key, or null when it is fine
	 */
	public static @Nullable String problem(String slug) {
		if (slug.length() < MIN_LENGTH || slug.length() > MAX_LENGTH) {
			return "organisation.slug.length";
		}
		if (!SHAPE.matcher(slug).matches()) {
			return "organisation.slug.shape";
		}
		if (RESERVED.contains(slug)) {
			return "organisation.slug.reserved";
		}
		return null;
	}

	private static String trimHyphens(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '-') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '-') {
			end--;
		}
		return text.substring(start, end);
	}

}
