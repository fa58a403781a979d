package org.kring.system.i18n;

import org.kring.system.i18n.Countries;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kring.demo.DemoExperts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which language and country codes a profile accepts, and under which code it keeps them.
 */
class LanguageCodesTests {

	@Test
	void twoLetterCodesAreKeptInLowerCase() {
		assertThat(LanguageCodes.normalize(" FY ")).isEqualTo("fy");
		assertThat(LanguageCodes.normalize("ar")).isEqualTo("ar");
	}

	@Test
	void aThreeLetterCodeOfALanguageWithTwoLettersIsKeptUnderTheTwo() {
		assertThat(LanguageCodes.normalize("fra")).isEqualTo("fr");
		assertThat(LanguageCodes.normalize("eng")).isEqualTo("en");
		assertThat(LanguageCodes.normalize("tir")).isEqualTo("ti");
	}

	@Test
	void aThreeLetterCodeTheJdkNamesIsKeptAsTyped() {
		assertThat(LanguageCodes.normalize("ber")).isEqualTo("ber");
		assertThat(LanguageCodes.normalize("KAB")).isEqualTo("kab");
		assertThat(LanguageCodes.name("ber", Locale.ENGLISH)).isEqualTo("Berber");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xx", "qqq", "und", "mul", "zxx", "e", "engl", "f1", "", "é" })
	void whatNamesNoLanguageIsRefused(String typed) {
		assertThat(LanguageCodes.normalize(typed)).isNull();
	}

	@Test
	void languagesAreNamedInTheReadersLanguage() {
		assertThat(LanguageCodes.name("fy", Locale.of("nl"))).isEqualTo("Fries");
		assertThat(LanguageCodes.name("fr", Locale.FRENCH)).isEqualTo("français");
	}

	@Test
	void countriesAreTwoLetterCodesNamedInTheReadersLanguage() {
		assertThat(Countries.normalize(" be")).isEqualTo("BE");
		assertThat(Countries.normalize("BEL")).isNull();
		assertThat(Countries.normalize("XX")).isNull();
		assertThat(Countries.names(java.util.List.of("NL", "BE"), Locale.of("nl"))).containsExactly("België",
				"Nederland");
	}

	@Test
	void everyDemoExpertsLanguageAndCountryIsAccepted() {
		assertThat(DemoExperts.ALL).allSatisfy((expert) -> {
			assertThat(expert.languages())
				.allSatisfy((code) -> assertThat(LanguageCodes.normalize(code)).isEqualTo(code));
			assertThat(expert.countries()).allSatisfy((code) -> assertThat(Countries.normalize(code)).isEqualTo(code));
		});
	}

}
