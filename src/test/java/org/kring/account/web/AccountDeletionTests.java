package org.kring.account.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.account.internal.AccountSettings;
import org.kring.account.internal.AccountToken;
import org.kring.account.internal.AccountTokenRepository;
import org.kring.account.internal.AccountTokens;
import org.kring.account.internal.Person;
import org.kring.account.internal.TestPeople;
import org.kring.account.security.PersonDetailsService;
import org.kring.account.web.ProfileTestConfiguration.MeetingsData;
import org.kring.account.web.ProfileTestConfiguration.TestSessions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AccountDeletionTests extends ProfileTestSupport {

	@Autowired
	private MeetingsData meetingsData;

	@Autowired
	private AccountTokens tokens;

	@Autowired
	private AccountTokenRepository tokenRepository;

	@Autowired
	private PersonDetailsService personDetails;

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private AccountSettings settings;

	private Person bert;

	@BeforeEach
	void bert() {
		this.bert = this.testPeople.verified("Bert Marrowind");
	}

	@Test
	void deletionErasesThePersonEverywhereAndKeepsTheRowForOthersContent() throws Exception {
		String email = this.ada.email();
		String current = this.sessions.signIn(this.ada);
		String phone = this.sessions.signIn(this.ada);
		String bertsSession = this.sessions.signIn(this.bert);
		this.tokens.issue(this.ada, AccountToken.Purpose.RESET_PASSWORD, null);
		this.tokens.issue(this.ada, AccountToken.Purpose.CHANGE_EMAIL, "ada.next@test.example");
		this.tokens.issue(this.bert, AccountToken.Purpose.RESET_PASSWORD, null);

		this.mvc
			.perform(post("/account/delete").param("deletePassword", TestPeople.PASSWORD)
				.cookie(TestSessions.cookies(current))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("notice", "profile.delete.done"));

		Person erased = this.testPeople.reload(this.ada);
		assertThat(erased.displayName()).isEqualTo("former member");
		assertThat(erased.email()).isNull();
		assertThat(erased.passwordHash()).isNull();
		assertThat(erased.preferredLanguage()).isNull();
		assertThat(erased.erased()).isTrue();
		assertThat(this.accounts.displayNameOf(this.ada.id())).isEqualTo(AccountManagement.FORMER_MEMBER);
		assertThat(this.meetingsData.erased).contains(this.ada.id()).doesNotContain(this.bert.id());
		assertThat(this.tokenRepository.findAll()).noneMatch((token) -> token.personId().equals(this.ada.id()))
			.anyMatch((token) -> token.personId().equals(this.bert.id()));
		assertThat(this.sessions.exists(current)).isFalse();
		assertThat(this.sessions.exists(phone)).isFalse();
		assertThat(this.sessions.exists(bertsSession)).isTrue();
		assertThatExceptionOfType(UsernameNotFoundException.class)
			.isThrownBy(() -> this.personDetails.loadUserByUsername(email));
		this.mvc.perform(get("/account").cookie(TestSessions.cookies(current))).andExpect(redirectedUrl("/login"));
		assertThat(this.testPeople.reload(this.bert).displayName()).isEqualTo("Bert Marrowind");
	}

	@Test
	void theHomePageThanksThePersonAfterwards() throws Exception {
		String session = this.sessions.signIn(this.ada);
		MockHttpServletResponse deleted = this.mvc
			.perform(post("/account/delete").param("deletePassword", TestPeople.PASSWORD)
				.cookie(TestSessions.cookies(session))
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse();
		String html = this.mvc.perform(get("/").header("Accept-Language", "en").cookie(deleted.getCookies()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("role=\"status\"", "Your account has been deleted.")
			.doesNotContain("action=\"/logout\"");
	}

	@Test
	void aFailingModuleLeavesTheWholeAccountAsItWas() {
		this.meetingsData.failFor.add(this.ada.id());
		try {
			assertThatIllegalStateException().isThrownBy(() -> this.settings.erase(this.ada.id()));
		}
		finally {
			this.meetingsData.failFor.remove(this.ada.id());
		}
		Person untouched = this.testPeople.reload(this.ada);
		assertThat(untouched.erased()).isFalse();
		assertThat(untouched.email()).isEqualTo(this.ada.email());
	}

	@Test
	void anAccountWithoutPasswordIsDeletedByTypingTheConfirmationWord() throws Exception {
		Person noPassword = this.testPeople.withoutPassword("Cato Fernhill");
		String session = this.sessions.signIn(noPassword);
		String html = this.mvc
			.perform(post("/account/delete").param("deleteConfirmation", "please")
				.header("Accept-Language", "nl")
				.cookie(TestSessions.cookies(session))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"deleteConfirmation-error\"", "value=\"please\"", "VERWIJDEREN");
		assertThat(this.testPeople.reload(noPassword).erased()).isFalse();

		this.mvc
			.perform(post("/account/delete").param("deleteConfirmation", " verwijderen ")
				.header("Accept-Language", "nl")
				.cookie(TestSessions.cookies(session))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
		assertThat(this.testPeople.reload(noPassword).erased()).isTrue();
	}

}
