package org.kring.account.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LanguageFormTests {

	@Test
	void anOfferedLanguageIsChosen() {
		LanguageForm form = new LanguageForm(" ar ");
		assertThat(form.isValid()).isTrue();
		assertThat(form.chosen()).isEqualTo(Locale.of("ar"));
		assertThat(form.isChosen("ar")).isTrue();
	}

	@Test
	void nothingChosenLeavesItToTheBrowser() {
		assertThat(new LanguageForm("").chosen()).isNull();
		assertThat(new LanguageForm(null).chosen()).isNull();
		assertThat(new LanguageForm(null).isChosen("")).isTrue();
	}

	@Test
	void aLanguageNotOfferedIsInvalid() {
		LanguageForm form = new LanguageForm("de");
		assertThat(form.isValid()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(form::chosen);
	}

}
