package org.kring.system.security;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LinkSecretsTests {

	@Test
	void aNewSecretIs256RandomBitsInUrlSafeBase64WithoutPadding() {
		String secret = LinkSecrets.newSecret();
		assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
		assertThat(LinkSecrets.wellFormed(secret)).isTrue();
	}

	@Test
	void everySecretIsNew() {
		Set<String> secrets = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			secrets.add(LinkSecrets.newSecret());
		}
		assertThat(secrets).hasSize(1000);
	}

	@Test
	void theHashIsTheLowerCaseHexadecimalSha256OfTheSecretsText() {
		assertThat(LinkSecrets.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void hashesAlreadyStoredStillMatchTheirSecrets() {
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes0To31());
		assertThat(secret).isEqualTo("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");
		assertThat(LinkSecrets.hash(secret))
			.isEqualTo("ea866a757e4c38babfa8127cbe9a409d3e1f93a00ff1488ff735fcf917afffd0");
	}

	@Test
	void theHashIsNotTheSecretAndDiffersPerSecret() {
		String secret = LinkSecrets.newSecret();
		String other = LinkSecrets.newSecret();
		assertThat(LinkSecrets.hash(secret)).hasSize(64)
			.matches("[0-9a-f]+")
			.isEqualTo(LinkSecrets.hash(secret))
			.isNotEqualTo(secret)
			.isNotEqualTo(LinkSecrets.hash(other));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "short", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8A",
			"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh+",
			"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh/", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh=",
			"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh ", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh%" })
	void whatNoIssuedSecretLooksLikeIsNotWellFormed(String secret) {
		assertThat(LinkSecrets.wellFormed(secret)).isFalse();
	}

	private static byte[] bytes0To31() {
		byte[] bytes = new byte[32];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) i;
		}
		return bytes;
	}

}
