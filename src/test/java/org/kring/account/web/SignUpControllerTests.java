package org.kring.account.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.account.FormFields.errorOf;
import static org.kring.account.FormFields.valueOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignUpControllerTests extends AccountWebSlice {

	private static final String NAME = "Zaza";

	private static final String EMAIL = "zaza@example.org";

	private static final String PASSWORD = "lantern meadow quietly 47";

	private static final String LONG = "a".repeat(10_000);

	@Test
	void pageExplainsThatANicknameIsFine() throws Exception {
		String page = this.mvc.perform(get("/signup").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("A nickname is fine").contains("href=\"/login\"");
	}

	@Test
	void pageSpeaksDutch() throws Exception {
		String page = this.mvc.perform(get("/signup").header("Accept-Language", "nl"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Een bijnaam is prima");
	}

	@Test
	void validSignUpGoesToCheckYourMail() throws Exception {
		this.mvc.perform(signUp(NAME, EMAIL, PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/signup/sent"));
		verify(this.signUps).signUp(eq(NAME), eq(EMAIL), eq(PASSWORD), any(Locale.class));
	}

	static Stream<Arguments> badInput() {
		return Stream.of(Arguments.of("empty name", "", EMAIL, PASSWORD, "displayName", "Enter a name to be shown by"),
				Arguments.of("name of 10,000 characters", LONG, EMAIL, PASSWORD, "displayName",
						"Keep the name to 80 characters"),
				Arguments.of("name of control characters only", "\u0000\u0007\u001b\u009b", EMAIL, PASSWORD,
						"displayName", "Enter a name to be shown by"),
				Arguments.of("name of invalid UTF-8 only", "\uFFFD\uFFFD", EMAIL, PASSWORD, "displayName",
						"Enter a name to be shown by"),
				Arguments.of("empty address", NAME, "", PASSWORD, "email", "Enter your e-mail address"),
				Arguments.of("address of 10,000 characters", NAME, LONG + "@example.org", PASSWORD, "email",
						"at most 254 characters"),
				Arguments.of("address without @", NAME, "zaza.example.org", PASSWORD, "email",
						"does not look like an e-mail address"),
				Arguments.of("address with two @", NAME, "zaza@@example.org", PASSWORD, "email",
						"does not look like an e-mail address"),
				Arguments.of("address with a space", NAME, "za za@example.org", PASSWORD, "email",
						"does not look like an e-mail address"),
				Arguments.of("empty password", NAME, EMAIL, "", "password", "Choose a password"),
				Arguments.of("short password", NAME, EMAIL, "short pass", "password", "at least 12 characters"),
				Arguments.of("password of 10,000 characters", NAME, EMAIL, LONG, "password", "1,000 characters"),
				Arguments.of("common password", NAME, EMAIL, "Password1234", "password", "used by many people"),
				Arguments.of("password made of the address", NAME, EMAIL, "zaza@example.org", "password",
						"too close to your name"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInput")
	void badInputIsExplainedNextToItsFieldAndTheRestIsKept(String kind, String name, String email, String password,
			String badField, String message) throws Exception {
		MvcResult result = this.mvc.perform(signUp(name, email, password))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(errorOf(page, badField)).contains(message);
		for (String field : new String[] { "displayName", "email", "password" }) {
			if (!field.equals(badField)) {
				assertThat(errorOf(page, field)).as("message next to %s", field).isNull();
			}
		}
		if (!badField.equals("displayName")) {
			assertThat(valueOf(page, "displayName")).isEqualTo(NAME);
		}
		if (!badField.equals("email")) {
			assertThat(valueOf(page, "email")).isEqualTo(EMAIL);
		}
		assertThat(valueOf(page, "password")).isNull();
		assertThat(page).doesNotContain(PASSWORD);
		verifyNoInteractions(this.signUps);
	}

	@Test
	void everyEmptyFieldGetsItsOwnMessage() throws Exception {
		String page = this.mvc.perform(signUp("", "", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(errorOf(page, "displayName")).contains("Enter a name");
		assertThat(errorOf(page, "email")).contains("Enter your e-mail address");
		assertThat(errorOf(page, "password")).contains("Choose a password");
		assertThat(page).contains("Some fields need your attention");
	}

	@Test
	void missingFieldsAreRefusedLikeEmptyOnes() throws Exception {
		this.mvc.perform(post("/signup").with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent());
		verifyNoInteractions(this.signUps);
	}

	@Test
	void messagesAreInThePersonsLanguage() throws Exception {
		String page = this.mvc.perform(signUp(NAME, "zaza.example.org", PASSWORD, "nl"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(errorOf(page, "email")).contains("Dit lijkt geen e-mailadres");
	}

	@Test
	void controlCharactersAndInvalidUtf8NeverReachTheAccount() throws Exception {
		byte[] body = ("displayName=Za%00za%07%FF&email=%FE" + "zaza%40example.org&password=lantern+meadow+quietly+47")
			.getBytes(StandardCharsets.US_ASCII);
		this.mvc
			.perform(post("/signup").with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(body))
			.andExpect(status().isFound());
		verify(this.signUps).signUp(eq("Zaza"), eq(EMAIL), eq(PASSWORD), any(Locale.class));
	}

	@Test
	void lineBreaksInTheNameBecomeOneSpace() throws Exception {
		this.mvc.perform(signUp("  Za\r\n\tza  ", EMAIL, PASSWORD)).andExpect(status().isFound());
		verify(this.signUps).signUp(eq("Za za"), eq(EMAIL), eq(PASSWORD), any(Locale.class));
	}

	@Test
	void signUpWithoutFormTokenIsForbidden() throws Exception {
		this.mvc.perform(post("/signup").param("displayName", NAME).param("email", EMAIL).param("password", PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/signup").with(csrf().useInvalidToken())
				.param("displayName", NAME)
				.param("email", EMAIL)
				.param("password", PASSWORD))
			.andExpect(status().isForbidden());
		verify(this.signUps, never()).signUp(anyString(), anyString(), anyString(), any(Locale.class));
	}

	private static MockHttpServletRequestBuilder signUp(String name, String email, String password) {
		return signUp(name, email, password, "en");
	}

	private static MockHttpServletRequestBuilder signUp(String name, String email, String password, String language) {
		return post("/signup").with(csrf())
			.header("Accept-Language", language)
			.param("displayName", name)
			.param("email", email)
			.param("password", password);
	}

}
