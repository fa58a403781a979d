package org.kring.expertise;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kring.system.SystemTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The qualifications of seed 000 as every module reads them: in their order, in the
 * reader's language or else in English.
 */
@SystemTest
class QualificationsTests {

	@Autowired
	private Qualifications qualifications;

	@Test
	void theFiveQualificationsComeInTheirOrderInEachLanguage() {
		for (String language : new String[] { "en", "nl", "fr", "ar" }) {
			assertThat(this.qualifications.all(Locale.of(language))).extracting(Qualification::code)
				.containsExactly("migration-expertise", "english", "government-partners", "eu-projects",
						"quality-assessment");
			assertThat(this.qualifications.all(Locale.of(language)))
				.allSatisfy((qualification) -> assertThat(qualification.description()).isNotBlank());
		}
		assertThat(this.qualifications.find("eu-projects", Locale.of("nl")).orElseThrow().name())
			.isEqualTo("Ervaring met EU-projecten");
		assertThat(this.qualifications.find("english", Locale.of("ar")).orElseThrow().name())
			.isEqualTo("اللغة الإنجليزية");
	}

	@Test
	void aLanguageWithoutTheQualificationFallsBackToEnglish() {
		assertThat(this.qualifications.find("government-partners", Locale.GERMAN)).contains(new Qualification(
				"government-partners", "Experience with government partners", "Has worked with government partners."));
	}

	@Test
	void anUnknownCodeIsNotAQualification() {
		assertThat(this.qualifications.exists("nonsense")).isFalse();
		assertThat(this.qualifications.exists(null)).isFalse();
		assertThat(this.qualifications.find("nonsense", Locale.ENGLISH)).isEmpty();
		assertThat(this.qualifications.exists("english")).isTrue();
	}

}
