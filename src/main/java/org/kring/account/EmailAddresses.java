package org.kring.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How Kring reads an e-mail address: trimmed and lower-cased, so that one address is one
 * account however it is typed.
 */
public final class EmailAddresses {

	public static final int MAX_LENGTH = 254;

	private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

	private EmailAddresses() {
	}

	public static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public static boolean isPlausible(String email) {
		String normalized = normalize(email);
		return normalized.length() <= MAX_LENGTH && PLAUSIBLE.matcher(normalized).matches();
	}

}
