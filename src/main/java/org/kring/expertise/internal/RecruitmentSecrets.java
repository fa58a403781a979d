package org.kring.expertise.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in the links of invitation mails: 256 random bits, of which the database
 * keeps only the SHA-256 hash, so that a copy of the database answers no invitation.
 */
final class RecruitmentSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int LENGTH = 43;

	private RecruitmentSecrets() {
	}

	static String newSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Whether a secret from a link looks like one this class made. */
	static boolean wellFormed(String secret) {
		return secret.length() == LENGTH
				&& secret.chars().allMatch((c) -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

}
