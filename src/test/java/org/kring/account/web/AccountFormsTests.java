package org.kring.account.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountFormsTests {

	@Test
	void oneLineFieldsLoseLineBreaksTabsAndOuterSpace() {
		assertThat(AccountForms.oneLine("  Mira\r\n\t Ben  ")).isEqualTo("Mira Ben");
		assertThat(AccountForms.oneLine(null)).isNull();
	}

	@Test
	void signUpFormShownAgainHasNoPassword() {
		SignUpForm form = new SignUpForm("Mira", "mira@example.org", "secret words here");
		assertThat(form.withoutPassword()).isEqualTo(new SignUpForm("Mira", "mira@example.org", null));
	}

	@Test
	void requestsHaveTheirOwnPages() {
		assertThat(EmailRequest.FORGOT_PASSWORD.action()).isEqualTo("/password/forgot");
		assertThat(EmailRequest.FORGOT_PASSWORD.sent()).isEqualTo("/password/forgot/sent");
		assertThat(EmailRequest.LOGIN_LINK.key("title")).isEqualTo("account.link.title");
	}

}
