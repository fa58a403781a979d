package org.kring.account.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kring.account.internal.LoginLinks;
import org.kring.account.internal.Passwords;
import org.kring.account.internal.SignUps;
import org.kring.account.security.LoginThrottle;
import org.kring.account.security.PersonDetailsService;
import org.kring.account.security.SessionLogin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every account form needs the form token: a page on another site cannot post it.
 */
@AccountWebSlice
class AccountFormTokenTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SignUps signUps;

	@MockitoBean
	private Passwords passwords;

	@MockitoBean
	private LoginLinks loginLinks;

	@MockitoBean
	private SessionLogin sessionLogin;

	@MockitoBean
	private LoginThrottle throttle;

	@MockitoBean
	private PersonDetailsService personDetails;

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
