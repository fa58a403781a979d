package org.kring.account.web;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.account.internal.Person;
import org.kring.account.internal.TestPeople;
import org.kring.account.web.ProfileTestConfiguration.TestSessions;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProfilePageTests extends ProfileTestSupport {

	private static final String TEN_THOUSAND = "x".repeat(10_000);

	private Person bert;

	@BeforeEach
	void bert() {
		this.bert = this.testPeople.verified("Bert Marrowind");
	}

	@Test
	void anonymousVisitorIsSentToLoginFromTheProfile() throws Exception {
		this.mvc.perform(get("/account")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousVisitorIsSentToLoginFromTheExport() throws Exception {
		this.mvc.perform(get("/account/export")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousVisitorCannotChangeAnything() throws Exception {
		this.mvc.perform(post("/account/name").param("displayName", "Intruder").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/account/delete").param("deletePassword", TestPeople.PASSWORD).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(this.testPeople.reload(this.ada).displayName()).isEqualTo("Ada Quillfeather");
	}

	@Test
	void profileShowsOnlyTheSignedInPersonsOwnData() throws Exception {
		String html = this.mvc.perform(get("/account").header("Accept-Language", "en").with(signedIn(this.ada)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Ada Quillfeather", this.ada.email()).doesNotContain(this.bert.email());
		assertThat(html).doesNotContain(this.ada.id().toString());
	}

	@Test
	void anIdSentAlongIsIgnoredAndOnlyTheSignedInPersonChanges() throws Exception {
		this.mvc
			.perform(post("/account/name").param("displayName", "Ada Q.")
				.param("id", this.bert.id().toString())
				.param("personId", this.bert.id().toString())
				.with(signedIn(this.ada))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("notice", "profile.displayName.saved"));
		assertThat(this.testPeople.reload(this.ada).displayName()).isEqualTo("Ada Q.");
		assertThat(this.testPeople.reload(this.bert).displayName()).isEqualTo("Bert Marrowind");
	}

	@Test
	void formsRefuseAPostWithoutTheCsrfToken() throws Exception {
		this.mvc.perform(post("/account/name").param("displayName", "Forged").with(signedIn(this.ada)))
			.andExpect(status().isForbidden());
		assertThat(this.testPeople.reload(this.ada).displayName()).isEqualTo("Ada Quillfeather");
	}

	@Test
	void emptyDisplayNameIsRefusedNextToTheField() throws Exception {
		String html = rejected(post("/account/name").param("displayName", "   "));
		assertThat(html).contains("id=\"displayName-error\"", "Enter the name you want to be shown by.");
		assertThat(html).contains(this.ada.email());
		assertThat(this.testPeople.reload(this.ada).displayName()).isEqualTo("Ada Quillfeather");
	}

	@Test
	void overlongDisplayNameIsRefusedAndKeepsWhatWasTyped() throws Exception {
		String html = rejected(post("/account/name").param("displayName", TEN_THOUSAND));
		assertThat(html).contains("id=\"displayName-error\"", "at most 80 characters",
				"value=\"" + TEN_THOUSAND + "\"");
		assertThat(this.testPeople.reload(this.ada).displayName()).isEqualTo("Ada Quillfeather");
	}

	@Test
	void controlCharactersNeverReachTheDatabase() throws Exception {
		this.mvc
			.perform(post("/account/name").param("displayName", "Ad\u0000a\u0007 \u001bQ")
				.with(signedIn(this.ada))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.testPeople.reload(this.ada).displayName()).isEqualTo("Ada Q");
	}

	@Test
	void aNameOfControlCharactersOnlyIsRefusedAsEmpty() throws Exception {
		String html = rejected(post("/account/name").param("displayName", "\u0000\u0001\u0002"));
		assertThat(html).contains("id=\"displayName-error\"", "Enter the name you want to be shown by.");
	}

	@Test
	void aNewDisplayNameShowsInThePageHeaderAtOnce() throws Exception {
		String session = this.sessions.signIn(this.ada);
		this.mvc.perform(
				post("/account/name").param("displayName", "Quill").cookie(TestSessions.cookies(session)).with(csrf()))
			.andExpect(status().isFound());
		String html = this.mvc.perform(get("/account").cookie(TestSessions.cookies(session)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Quill").doesNotContain("Ada Quillfeather");
	}

	@Test
	void aChosenLanguageIsSavedAndThePageFollowsIt() throws Exception {
		String session = this.sessions.signIn(this.ada);
		MockHttpServletResponse saved = this.mvc
			.perform(post("/account/language").param("language", "fr")
				.header("Accept-Language", "en")
				.cookie(TestSessions.cookies(session))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account"))
			.andReturn()
			.getResponse();
		assertThat(saved.getCookie("kring_lang")).isNotNull();
		assertThat(this.testPeople.reload(this.ada).preferredLanguage()).isEqualTo(Locale.FRENCH);
		String html = this.mvc
			.perform(get("/account").header("Accept-Language", "en").cookie(TestSessions.cookies(session)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<html lang=\"fr\"", "Mon compte");
	}

	@Test
	void theBrowsersLanguageMeansNoPreference() throws Exception {
		this.mvc.perform(post("/account/language").param("language", "ar").with(signedIn(this.ada)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.testPeople.reload(this.ada).preferredLanguage()).isEqualTo(Locale.of("ar"));
		this.mvc.perform(post("/account/language").param("language", "").with(signedIn(this.ada)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.testPeople.reload(this.ada).preferredLanguage()).isNull();
	}

	@Test
	void aLanguageNotOfferedIsRefusedNextToTheList() throws Exception {
		for (String language : new String[] { "xx", TEN_THOUSAND, "x\u0000x" }) {
			String html = rejected(post("/account/language").param("language", language));
			assertThat(html).contains("id=\"language-error\"", "Choose one of the languages in the list.");
		}
		assertThat(this.testPeople.reload(this.ada).preferredLanguage()).isNull();
	}

	@Test
	void badNewAddressesAreRefusedNextToTheFieldAndKept() throws Exception {
		assertThat(rejected(post("/account/email").param("newEmail", "").param("emailPassword", TestPeople.PASSWORD)))
			.contains("id=\"newEmail-error\"", "Enter the new e-mail address.");
		assertThat(rejected(post("/account/email").param("newEmail", TEN_THOUSAND + "@example.org")
			.param("emailPassword", TestPeople.PASSWORD))).contains("id=\"newEmail-error\"", "at most 254 characters");
		assertThat(rejected(
				post("/account/email").param("newEmail", "not an address").param("emailPassword", TestPeople.PASSWORD)))
			.contains("id=\"newEmail-error\"", "such as name@example.org", "value=\"not an address\"");
		assertThat(rejected(
				post("/account/email").param("newEmail", "\u0000\u0001").param("emailPassword", TestPeople.PASSWORD)))
			.contains("id=\"newEmail-error\"", "Enter the new e-mail address.");
	}

	@Test
	void aWrongPasswordRefusesTheAddressChangeAndKeepsTheAddressTyped() throws Exception {
		String html = rejected(post("/account/email").param("newEmail", "ada.new@test.example")
			.param("emailPassword", "not-my-password"));
		assertThat(html).contains("id=\"emailPassword-error\"", "This is not your current password.",
				"value=\"ada.new@test.example\"");
		assertThat(rejected(
				post("/account/email").param("newEmail", "ada.new@test.example").param("emailPassword", TEN_THOUSAND)))
			.contains("id=\"emailPassword-error\"");
	}

	@Test
	void badPasswordChangesAreRefusedNextToTheirField() throws Exception {
		assertThat(rejected(
				post("/account/password").param("currentPassword", TestPeople.PASSWORD).param("newPassword", "")))
			.contains("id=\"newPassword-error\"", "Enter a new password.");
		assertThat(rejected(
				post("/account/password").param("currentPassword", TestPeople.PASSWORD).param("newPassword", "short")))
			.contains("id=\"newPassword-error\"", "at least 12 characters");
		assertThat(rejected(post("/account/password").param("currentPassword", TestPeople.PASSWORD)
			.param("newPassword", TEN_THOUSAND))).contains("id=\"newPassword-error\"", "at most 1000 characters");
		assertThat(rejected(post("/account/password").param("currentPassword", TestPeople.PASSWORD)
			.param("newPassword", "password1234"))).contains("id=\"newPassword-error\"", "too common");
		assertThat(rejected(
				post("/account/password").param("currentPassword", "").param("newPassword", "a-fine-new-passphrase")))
			.contains("id=\"currentPassword-error\"");
		assertThat(rejected(post("/account/password").param("currentPassword", TEN_THOUSAND)
			.param("newPassword", "a-fine-new-passphrase"))).contains("id=\"currentPassword-error\"")
			.doesNotContain("a-fine-new-passphrase");
	}

	@Test
	void aWrongPasswordDoesNotDeleteTheAccount() throws Exception {
		for (String password : new String[] { "", "wrong-password-here", TEN_THOUSAND, "\u0000" }) {
			assertThat(rejected(post("/account/delete").param("deletePassword", password)))
				.contains("id=\"deletePassword-error\"", "This is not your current password.");
		}
		assertThat(this.testPeople.reload(this.ada).erased()).isFalse();
	}

	@Test
	void aRejectedFormLeavesTheOtherFormsAsTheyWere() throws Exception {
		String html = rejected(post("/account/password").param("currentPassword", "nope").param("newPassword", "x"));
		assertThat(html).contains("value=\"Ada Quillfeather\"", "Some fields need your attention")
			.doesNotContain("id=\"displayName-error\"", "id=\"newEmail-error\"");
	}

	private String rejected(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.header("Accept-Language", "en").with(signedIn(this.ada)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
