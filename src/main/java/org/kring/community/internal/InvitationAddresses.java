package org.kring.community.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The addresses invitations go to, read as the account module reads addresses: trimmed
 * and lower-cased, so that the invitee's account is found however the address was typed.
 */
public final class InvitationAddresses {

	public static final int MAX_LENGTH = 254;

	private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

	private InvitationAddresses() {
	}

	public static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public static boolean isPlausible(String email) {
		String normalized = normalize(email);
		return normalized.length() <= MAX_LENGTH && PLAUSIBLE.matcher(normalized).matches();
	}

}
