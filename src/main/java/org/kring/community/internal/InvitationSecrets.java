package org.kring.community.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in invitation links: 256 random bits, of which the database keeps only the
 * SHA-256 hash, so that a copy of the database lets nobody in.
 */
final class InvitationSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private InvitationSecrets() {
	}

	static String newSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * Whether a link's secret is worth looking up at all.
	 * @param secret as received
	 * @return false for what no issued secret looks like
	 */
	static boolean wellFormed(String secret) {
		return secret.length() == 43
				&& secret.chars().allMatch((c) -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

}
