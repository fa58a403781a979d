package org.kring.result.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in the personal links through which an authority answers a signal: 256
 * random bits, of which the database keeps only the SHA-256 hash.
 */
final class SignalSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SignalSecrets() {
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

	/**
	 * The path of the page a link opens.
	 * @param secret the secret in the link
	 * @return such as {@code /signals/respond/…}
	 */
	static String path(String secret) {
		return "/signals/respond/" + secret;
	}

}
