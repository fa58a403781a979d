package org.kring.account;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account pages and mails speak every interface language: Dutch as completely as
 * English, French and Arabic for every key.
 */
class AccountMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "nl", "fr", "ar" })
	void everyKeyIsTranslated(String language) throws IOException {
		Set<String> english = load("account").stringPropertyNames();
		Properties translated = load("account_" + language);
		assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english);
		for (String key : english) {
			assertThat(translated.getProperty(key)).as(key).isNotBlank();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "account", "account_nl", "account_fr", "account_ar" })
	void mailTextsKeepTheirPlaceholdersThroughMessageFormat(String bundle) throws IOException {
		Properties messages = load(bundle);
		for (String key : messages.stringPropertyNames()) {
			String text = messages.getProperty(key);
			if (text.contains("{0}")) {
				String formatted = MessageFormat.format(text, "ARG0", "ARG1", "ARG2", "ARG3");
				assertThat(formatted).as(key).contains("ARG0").doesNotContain("{");
				assertThat(text).as("%s has no plain apostrophe that MessageFormat would swallow", key)
					.doesNotContain("'");
			}
		}
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("messages/" + bundle + ".properties").getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
