package org.kring.account.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.kring.account.FormFields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms that ask only for an address: forgot password, login link, new verification
 * link.
 */
class EmailRequestFormTests extends AccountWebSlice {

	static Stream<Arguments> badAddresses() {
		Stream.Builder<Arguments> cases = Stream.builder();
		for (EmailRequest request : new EmailRequest[] { EmailRequest.FORGOT_PASSWORD, EmailRequest.LOGIN_LINK,
				EmailRequest.VERIFY_AGAIN }) {
			cases.add(Arguments.of(request, "", "Enter your e-mail address"));
			cases.add(Arguments.of(request, "\u0000\u0008", "Enter your e-mail address"));
			cases.add(Arguments.of(request, "a".repeat(10_000), "at most 254 characters"));
			cases.add(Arguments.of(request, "zaza.example.org", "does not look like an e-mail address"));
		}
		return cases.build();
	}

	@ParameterizedTest(name = "{0} with \"{1}\"")
	@MethodSource("badAddresses")
	void badAddressIsExplainedNextToTheField(EmailRequest request, String email, String message) throws Exception {
		String page = this.mvc
			.perform(post(request.action()).with(csrf()).header("Accept-Language", "en").param("email", email))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(FormFields.errorOf(page, "email")).contains(message);
		verifyNoInteractions(this.signUps, this.passwords, this.loginLinks);
	}

	@ParameterizedTest
	@EnumSource(value = EmailRequest.class, names = { "FORGOT_PASSWORD", "LOGIN_LINK", "VERIFY_AGAIN" })
	void formLinksToTheOtherWaysIn(EmailRequest request) throws Exception {
		String page = this.mvc.perform(get(request.action()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("action=\"" + request.action() + "\"")
			.contains("href=\"/login\"")
			.contains("href=\"/signup\"");
	}

	@ParameterizedTest
	@EnumSource(value = EmailRequest.class, names = { "FORGOT_PASSWORD", "LOGIN_LINK", "VERIFY_AGAIN" })
	void goodAddressLeadsToCheckYourMail(EmailRequest request) throws Exception {
		this.mvc
			.perform(post(request.action()).with(csrf())
				.header("Accept-Language", "en")
				.param("email", " Zaza@Example.org "))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(request.sent()));
		switch (request) {
			case FORGOT_PASSWORD -> verify(this.passwords).requestReset(eq("Zaza@Example.org"), any(Locale.class));
			case LOGIN_LINK -> verify(this.loginLinks).request(eq("Zaza@Example.org"), any(Locale.class));
			default -> verify(this.signUps).sendVerificationAgain(eq("Zaza@Example.org"), any(Locale.class));
		}
		String page = this.mvc.perform(get(request.sent()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Check your mail");
	}

}
