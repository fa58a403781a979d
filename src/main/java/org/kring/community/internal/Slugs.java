package org.kring.community.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The readable part of a community's address: lower-case letters, digits and single
 * hyphens, such as {@code women-newcomers-cop}.
 */
public final class Slugs {

	public static final int MIN_LENGTH = 3;

	public static final int MAX_LENGTH = 60;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** Words that are pages of their own under {@code /communities/}. */
	private static final Set<String> RESERVED = Set.of("new", "edit", "proposals");

	private Slugs() {
	}

	/**
	 * Whether a slug is well formed and free of the addresses Kring uses itself.
	 * @param slug a candidate
	 * @return true when it can be used
	 */
	public static boolean isValid(String slug) {
		return slug.length() >= MIN_LENGTH && slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches()
				&& !RESERVED.contains(slug);
	}

	/**
	 * A slug made from a name: accents dropped, anything else than a letter or digit
	 * becomes a hyphen. Names in other scripts give little or nothing; the form then asks
	 * for a slug.
	 * @param name a community's name
	 * @return a slug, possibly empty or too short
	 */
	public static String from(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug;
	}

	/**
	 * The same slug with a number after it, for when it is taken.
	 * @param slug a valid slug
	 * @param number 2 or more
	 * @return such as {@code youth-council-2}, never longer than {@value #MAX_LENGTH}
	 */
	public static String numbered(String slug, int number) {
		String suffix = "-" + number;
		String base = slug;
		if (base.length() + suffix.length() > MAX_LENGTH) {
			base = base.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "");
		}
		return base + suffix;
	}

}
