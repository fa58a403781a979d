package org.kring.account.internal;

import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileMessagesTests {

	@Test
	void thePasswordPolicysKeysHaveTheirOwnProfileTexts() {
		assertThat(ProfileMessages.ownKey("account.password.short")).isEqualTo("profile.password.short");
		assertThat(ProfileMessages.ownKey("profile.email.same")).isEqualTo("profile.email.same");
	}

	@ParameterizedTest
	@ValueSource(strings = { "nl", "fr", "ar" })
	void everyLanguageHasEveryProfileText(String language) throws Exception {
		Properties english = PropertiesLoaderUtils.loadProperties(new ClassPathResource("messages/profile.properties"));
		Properties translated = PropertiesLoaderUtils
			.loadProperties(new ClassPathResource("messages/profile_" + Locale.of(language) + ".properties"));
		assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@Test
	void everyProblemThePasswordPolicyNamesHasAText() throws Exception {
		Properties english = PropertiesLoaderUtils.loadProperties(new ClassPathResource("messages/profile.properties"));
		PasswordPolicy policy = new PasswordPolicy();
		for (String password : new String[] { "", "short", "x".repeat(1001), "password1234", "nadia@test.example" }) {
			String key = policy.problem(password, "nadia@test.example", "Nadia").orElseThrow();
			assertThat(english).containsKey(ProfileMessages.ownKey(key));
		}
	}

}
