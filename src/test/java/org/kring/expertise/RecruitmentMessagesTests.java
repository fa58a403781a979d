package org.kring.expertise;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recruitment bundle in all four interface languages: the same keys, the same
 * placeholders, and a real translation rather than the English text.
 */
class RecruitmentMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "nl", "fr", "ar" })
	void everyLanguageHasEveryKeyWithItsPlaceholdersTranslated(String language) throws IOException {
		Properties english = read("messages/recruitment.properties");
		Properties translated = read("messages/recruitment_" + language + ".properties");
		assertThat(english).isNotEmpty();
		assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		long same = 0;
		for (String key : english.stringPropertyNames()) {
			String source = english.getProperty(key);
			String text = translated.getProperty(key);
			for (int i = 0; i < 5; i++) {
				assertThat(text.contains("{" + i + "}")).as("%s {%d} in %s", key, i, language)
					.isEqualTo(source.contains("{" + i + "}"));
			}
			if (source.equals(text)) {
				same++;
			}
		}
		assertThat(same).as("texts left in English").isLessThanOrEqualTo(2);
	}

	private static Properties read(String path) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
