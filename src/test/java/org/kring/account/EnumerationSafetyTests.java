package org.kring.account;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody learns from Kring's answers whether an address has an account: sign-up, the
 * e-mail link forms and the login page answer alike; only the owner of the address is
 * told, by mail.
 */
@Tag("database")
class EnumerationSafetyTests extends RunningInstance {

	@Test
	void signUpAnswersAlikeForATakenAndAFreeAddress() {
		String taken = verifiedAccount("Hana");
		String free = newAddress("ines");

		Answer forTaken = answer("/signup", "displayName", "Someone", "email", taken, "password", PASSWORD);
		Answer forFree = answer("/signup", "displayName", "Someone", "email", free, "password", PASSWORD);

		assertThat(forTaken).isEqualTo(forFree);
		TestMailServer.Mail note = TestMailServer.awaitMail(taken, 2);
		assertThat(note.subject()).contains("Someone tried to sign up");
		assertThat(note.text()).contains("/login").contains("/password/forgot");
		assertThat(TestMailServer.awaitMail(free).subject()).contains("Confirm your e-mail address");
	}

	@Test
	void forgotPasswordAnswersAlike() {
		assertAnswersAlikeAndMailsOnlyTheKnown("/password/forgot", verifiedAccount("Jomo"), newAddress("kofi"),
				"Choose a new password");
	}

	@Test
	void loginLinkAnswersAlike() {
		assertAnswersAlikeAndMailsOnlyTheKnown("/login/link", verifiedAccount("Lina"), newAddress("malik"),
				"login link");
	}

	@Test
	void newVerificationLinkAnswersAlike() {
		assertAnswersAlikeAndMailsOnlyTheKnown("/signup/resend", unverifiedAccount("Nour"), newAddress("omid"),
				"Confirm your e-mail address");
	}

	@Test
	void loginFailsAlikeForAWrongPasswordAndAnUnknownAddress() {
		String known = verifiedAccount("Pari");
		String unknown = newAddress("pari");

		Answer wrongPassword = answer("/login", "email", known, "password", "not the password 123");
		Answer unknownAddress = answer("/login", "email", unknown, "password", "not the password 123");

		assertThat(wrongPassword.status()).isEqualTo(unknownAddress.status());
		assertThat(wrongPassword.location()).isEqualTo(unknownAddress.location()).isEqualTo("/login?error");
		assertThat(wrongPassword.page().replace(known, "ADDRESS"))
			.isEqualTo(unknownAddress.page().replace(unknown, "ADDRESS"));
		assertThat(wrongPassword.page()).contains("The e-mail address or the password is not right");
	}

	/**
	 * Asks a form that takes only an address for a link, once for an address with an
	 * account and once for one without: the answers are alike, and only the first gets a
	 * mail.
	 */
	private void assertAnswersAlikeAndMailsOnlyTheKnown(String form, String known, String unknown, String subject) {
		assertThat(answer(form, "email", known)).isEqualTo(answer(form, "email", unknown));
		assertThat(TestMailServer.awaitMail(known, 2).subject()).contains(subject);
		TestMailServer.assertNoMail(unknown);
	}

	/**
	 * Opens a form, posts it, and reads the page the answer leads to.
	 */
	private Answer answer(String form, String... fields) {
		Browser browser = browser();
		browser.get(form);
		Browser.Page posted = browser.post(form, fields);
		Browser.Page landed = (posted.location() != null) ? browser.follow(posted) : posted;
		return new Answer(posted.status(), posted.redirectPath(), posted.body(), landed.status(),
				landed.withoutToken());
	}

	/**
	 * What a visitor sees: the answer to the post, and the page it leads to without its
	 * form token.
	 */
	record Answer(int status, String location, String body, int pageStatus, String page) {
	}

}
