package org.kring.account.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kring.account.internal.AccountSettings;
import org.kring.account.internal.Person;
import org.kring.account.web.ProfileTestConfiguration.TestSessions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LanguageSwitcherTests extends ProfileTestSupport {

	@Autowired
	private AccountSettings settings;

	@Test
	void switcherChangesTheLanguageOfAPersonWhoChoseOneInTheirProfile() throws Exception {
		this.settings.chooseLanguage(this.ada.id(), Locale.of("nl"));
		String session = this.sessions.signIn(this.testPeople.reload(this.ada));

		this.mvc
			.perform(post("/language").param("lang", "ar")
				.param("return", "/account")
				.cookie(TestSessions.cookies(session))
				.with(csrf()))
			.andExpect(status().isSeeOther());

		assertThat(this.testPeople.reload(this.ada).preferredLanguage()).isEqualTo(Locale.of("ar"));
		this.mvc.perform(get("/account").cookie(TestSessions.cookies(session)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"ar\" dir=\"rtl\">")));
	}

	@Test
	void switcherLeavesTheBrowsersChoiceToPeopleWhoDidNotChooseALanguage() throws Exception {
		String session = this.sessions.signIn(this.ada);

		this.mvc.perform(post("/language").param("lang", "fr").cookie(TestSessions.cookies(session)).with(csrf()))
			.andExpect(status().isSeeOther());

		Person reloaded = this.testPeople.reload(this.ada);
		assertThat(reloaded.preferredLanguage()).isNull();
	}

}
