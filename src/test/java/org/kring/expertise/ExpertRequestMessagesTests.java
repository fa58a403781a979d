package org.kring.expertise;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request pages and mails speak all four interface languages: Dutch, French and
 * Arabic have every key English has, each translated rather than copied.
 */
class ExpertRequestMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "nl", "fr", "ar" })
	void everyKeyIsTranslated(String language) throws IOException {
		Properties english = load("");
		Properties translated = load("_" + language);
		assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		long copied = english.stringPropertyNames()
			.stream()
			.filter((key) -> english.getProperty(key).length() > 12)
			.filter((key) -> english.getProperty(key).equals(translated.getProperty(key)))
			.count();
		assertThat(copied).as("messages left in English").isZero();
	}

	private static Properties load(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ExpertRequestMessagesTests.class
			.getResourceAsStream("/messages/expertrequests" + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
