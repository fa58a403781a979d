package org.kring.expertise;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.kring.expertise.web.ProfileMessages;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expert profile pages speak all four interface languages: each translation has
 * exactly the English keys. (The shared bundle tests require only Dutch to be complete
 * for this bundle.)
 */
class ExpertProfileMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "nl", "fr", "ar" })
	void everyTranslationHasExactlyTheEnglishKeys(String language) throws IOException {
		assertThat(keys("messages/expertprofile_" + language + ".properties"))
			.isEqualTo(keys("messages/expertprofile.properties"));
	}

	@Test
	void everyKindOfWorkAndChoiceOfVisibilityHasItsMessages() throws IOException {
		Set<String> english = keys("messages/expertprofile.properties");
		for (Availability work : Availability.values()) {
			assertThat(english).contains(ProfileMessages.work(work));
		}
		for (ProfileVisibility visibility : ProfileVisibility.values()) {
			assertThat(english).contains(ProfileMessages.choice(visibility), ProfileMessages.seenBy(visibility));
		}
	}

	private static Set<String> keys(String path) throws IOException {
		Properties messages = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		assertThat(messages).as(path).isNotEmpty();
		return messages.stringPropertyNames();
	}

}
