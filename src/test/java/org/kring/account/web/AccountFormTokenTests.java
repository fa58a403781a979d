package org.kring.account.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every account form needs the form token: a page on another site cannot post it.
 */
class AccountFormTokenTests extends AccountWebSlice {

	@ParameterizedTest
	@ValueSource(strings = { "/signup", "/signup/resend", "/login", "/login/link", "/login/link/confirm",
			"/password/forgot", "/password/reset", "/password/set", "/logout" })
	void postWithoutFormTokenIsForbidden(String path) throws Exception {
		this.mvc
			.perform(post(path).param("email", "zaza@example.org")
				.param("password", "lantern meadow quietly 47")
				.param("displayName", "Zaza")
				.param("token", "abc"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(path).with(csrf().useInvalidToken()).param("email", "zaza@example.org"))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.signUps, this.passwords, this.loginLinks, this.sessionLogin, this.throttle,
				this.personDetails);
	}

}
