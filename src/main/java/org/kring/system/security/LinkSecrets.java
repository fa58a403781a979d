package org.kring.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in the personal links Kring mails (confirming or cancelling a registration,
 * a calendar feed, an invitation, an authority's answer to a signal): 256 random bits,
 * URL-safe Base64 without padding, of which the database keeps only the SHA-256 hash in
 * lower-case hexadecimal, so that a copy of the database opens no link.
 */
public final class LinkSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int LENGTH = 43;

	private LinkSecrets() {
	}

	/**
	 * A new secret to put in a link.
	 * @return 43 characters from the URL-safe Base64 alphabet
	 */
	public static String newSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	/**
	 * What the database keeps of a secret.
	 * @param secret the secret, as issued or as received
	 * @return the SHA-256 hash of its UTF-8 bytes, in lower-case hexadecimal
	 */
	public static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * Whether a secret from a link is worth looking up at all.
	 * @param secret as received
	 * @return false for what no issued secret looks like
	 */
	public static boolean wellFormed(String secret) {
		return secret.length() == LENGTH
				&& secret.chars().allMatch((c) -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

}
