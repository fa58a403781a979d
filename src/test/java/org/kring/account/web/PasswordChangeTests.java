package org.kring.account.web;

import org.junit.jupiter.api.Test;
import org.kring.account.internal.AccountToken;
import org.kring.account.internal.AccountTokens;
import org.kring.account.internal.Person;
import org.kring.account.internal.TestPeople;
import org.kring.account.web.ProfileTestConfiguration.TestSessions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PasswordChangeTests extends ProfileTestSupport {

	private static final String NEW_PASSWORD = "copper-meadow-lighthouse-7";

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private AccountTokens tokens;

	@Test
	void aNewPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
		String current = this.sessions.signIn(this.ada);
		String phone = this.sessions.signIn(this.ada);
		String library = this.sessions.signIn(this.ada);
		Person bert = this.testPeople.verified("Bert Marrowind");
		String bertsSession = this.sessions.signIn(bert);

		this.mvc
			.perform(post("/account/password").param("currentPassword", TestPeople.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.cookie(TestSessions.cookies(current))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("notice", "profile.password.saved"));

		assertThat(this.sessions.of(this.ada.email())).containsExactly(current);
		assertThat(this.sessions.exists(phone)).isFalse();
		assertThat(this.sessions.exists(library)).isFalse();
		assertThat(this.sessions.exists(bertsSession)).isTrue();
		this.mvc.perform(get("/account").cookie(TestSessions.cookies(current))).andExpect(status().isOk());
		this.mvc.perform(get("/account").cookie(TestSessions.cookies(phone))).andExpect(redirectedUrl("/login"));
	}

	@Test
	void onlyTheNewPasswordWorksAfterTheChange() throws Exception {
		String current = this.sessions.signIn(this.ada);
		this.mvc
			.perform(post("/account/password").param("currentPassword", TestPeople.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.cookie(TestSessions.cookies(current))
				.with(csrf()))
			.andExpect(status().isFound());
		String hash = this.testPeople.reload(this.ada).passwordHash();
		assertThat(this.passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();
		assertThat(this.passwordEncoder.matches(TestPeople.PASSWORD, hash)).isFalse();
	}

	@Test
	void anOutstandingResetLinkStopsWorking() throws Exception {
		String reset = this.tokens.issue(this.ada, AccountToken.Purpose.RESET_PASSWORD, null);
		this.mvc
			.perform(post("/account/password").param("currentPassword", TestPeople.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.cookie(TestSessions.cookies(this.sessions.signIn(this.ada)))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.tokens.peek(reset, AccountToken.Purpose.RESET_PASSWORD)).isEmpty();
	}

	@Test
	void aRefusedChangeEndsNoSession() throws Exception {
		String current = this.sessions.signIn(this.ada);
		String phone = this.sessions.signIn(this.ada);
		this.mvc
			.perform(post("/account/password").param("currentPassword", "not-the-password")
				.param("newPassword", NEW_PASSWORD)
				.cookie(TestSessions.cookies(current))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.sessions.exists(phone)).isTrue();
		assertThat(this.passwordEncoder.matches(TestPeople.PASSWORD, this.testPeople.reload(this.ada).passwordHash()))
			.isTrue();
	}

	@Test
	void anAccountWithoutPasswordSetsOneWithoutBeingAskedForIt() throws Exception {
		Person noPassword = this.testPeople.withoutPassword("Cato Fernhill");
		String html = this.mvc.perform(get("/account").cookie(TestSessions.cookies(this.sessions.signIn(noPassword))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("id=\"currentPassword\"").contains("id=\"newPassword\"");
		this.mvc
			.perform(post("/account/password").param("newPassword", NEW_PASSWORD)
				.cookie(TestSessions.cookies(this.sessions.signIn(noPassword)))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.passwordEncoder.matches(NEW_PASSWORD, this.testPeople.reload(noPassword).passwordHash()))
			.isTrue();
	}

	@Test
	void aPasswordResetByLinkSignsOutEveryOtherSession() throws Exception {
		String stolen = this.sessions.signIn(this.ada);
		String reset = this.tokens.issue(this.ada, AccountToken.Purpose.RESET_PASSWORD, null);
		this.mvc.perform(post("/password/reset").param("token", reset).param("password", NEW_PASSWORD).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account"));
		assertThat(this.sessions.exists(stolen)).isFalse();
		this.mvc.perform(get("/account").cookie(TestSessions.cookies(stolen))).andExpect(redirectedUrl("/login"));
	}

}
