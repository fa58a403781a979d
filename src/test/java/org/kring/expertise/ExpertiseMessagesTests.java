package org.kring.expertise;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage and catalogue pages speak all four of Kring's languages: every key of the
 * English bundle has a Dutch, French and Arabic text.
 */
class ExpertiseMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "coverage", "catalogue" })
	void everyKeyIsTranslatedIntoEveryLanguage(String bundle) throws IOException {
		Properties english = read(bundle + ".properties");
		assertThat(english).as(bundle).isNotEmpty();
		for (String language : new String[] { "nl", "fr", "ar" }) {
			Properties translated = read(bundle + "_" + language + ".properties");
			assertThat(translated.stringPropertyNames()).as(bundle + "_" + language)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		}
	}

	private static Properties read(String file) throws IOException {
		Properties messages = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource("messages/" + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		return messages;
	}

}
