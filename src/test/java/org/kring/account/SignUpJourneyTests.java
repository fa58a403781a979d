package org.kring.account;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.account.internal.AccountMails;
import org.kring.account.internal.AccountToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing up through the real pages, the real mail and the database-backed session.
 */
@Tag("database")
class SignUpJourneyTests extends RunningInstance {

	@Test
	void signUpReadTheMailVerifyLogInAndLogOut() {
		String email = newAddress("amani");
		Browser browser = browser();

		assertThat(browser.get("/signup").body()).contains("A nickname is fine");
		Browser.Page signedUp = browser.post("/signup", "displayName", "Amani", "email", email, "password", PASSWORD);
		assertThat(signedUp.status()).isEqualTo(302);
		assertThat(signedUp.redirectPath()).isEqualTo("/signup/sent");
		assertThat(browser.follow(signedUp).body()).contains("Check your mail");

		TestMailServer.Mail mail = TestMailServer.awaitMail(email);
		assertThat(mail.subject()).contains("Confirm your e-mail address");
		assertThat(mail.text()).contains("Hello Amani");
		Browser.Page verified = browser.get(mail.link(AccountMails.VERIFY_PATH));
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.body()).contains("Your address is confirmed").contains("href=\"/login\"");

		browser.get("/login");
		Browser.Page loggedIn = browser.post("/login", "email", email.toUpperCase(), "password", PASSWORD);
		assertThat(loggedIn.status()).isEqualTo(302);
		assertThat(loggedIn.redirectPath()).isEqualTo("/account");
		assertThat(browser.hasSession()).isTrue();
		Browser.Page account = browser.get("/account");
		assertThat(account.status()).as("an authenticated request is not sent to the login page").isNotEqualTo(302);
		Browser.Page home = browser.get("/");
		assertThat(home.body()).contains("action=\"/logout\"").contains("href=\"/account\"");

		Browser.Page loggedOut = browser.post("/logout");
		assertThat(loggedOut.redirectPath()).isEqualTo("/?loggedOut");
		assertThat(browser.follow(loggedOut).body()).contains("You are logged out")
			.doesNotContain("action=\"/logout\"");
		assertThat(browser.get("/account").redirectPath()).endsWith("/login");
	}

	@Test
	void accountPagesNeedALoginThatReturnsToThem() {
		String email = verifiedAccount("Basma");
		Browser browser = browser();
		Browser.Page refused = browser.get("/account");
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.redirectPath()).endsWith("/login");
		browser.follow(refused);
		Browser.Page loggedIn = browser.post("/login", "email", email, "password", PASSWORD);
		assertThat(loggedIn.redirectPath()).startsWith("/account");
	}

	@Test
	void unverifiedAccountCannotLogInAndOnlyTheRightPasswordLearnsWhy() {
		String email = unverifiedAccount("Chidi");
		Browser browser = browser();

		browser.get("/login");
		Browser.Page wrong = browser.post("/login", "email", email, "password", "not the password at all");
		Browser.Page wrongPage = browser.follow(wrong);
		assertThat(wrongPage.body()).contains("The e-mail address or the password is not right")
			.doesNotContain("not confirmed");

		Browser.Page right = browser.post("/login", "email", email, "password", PASSWORD);
		assertThat(right.redirectPath()).isEqualTo("/login?error");
		Browser.Page rightPage = browser.follow(right);
		assertThat(rightPage.body()).contains("Your e-mail address is not confirmed yet")
			.contains("href=\"/signup/resend\"");
		assertThat(browser.get("/account").status()).isEqualTo(302);
	}

	@Test
	void failedLoginKeepsTheAddressButNotThePassword() {
		String email = verifiedAccount("Dara");
		Browser browser = browser();
		browser.get("/login");
		Browser.Page page = browser.follow(browser.post("/login", "email", email, "password", "wrong password 123"));
		assertThat(page.body()).contains("value=\"" + email + "\"").doesNotContain("wrong password 123");
	}

	@Test
	void mailIsInThePersonsLanguage() {
		String email = newAddress("eda");
		Browser browser = browser().speaking("nl");
		browser.get("/signup");
		browser.post("/signup", "displayName", "Eda", "email", email, "password", PASSWORD);
		TestMailServer.Mail mail = TestMailServer.awaitMail(email);
		assertThat(mail.subject()).contains("Bevestig je e-mailadres");
		assertThat(mail.text()).contains("Hallo Eda");
	}

	@Test
	void usedVerificationLinkOffersANewOne() {
		String email = unverifiedAccount("Farid");
		String link = TestMailServer.awaitMail(email).link(AccountMails.VERIFY_PATH);
		Browser browser = browser();
		assertThat(browser.get(link).body()).contains("Your address is confirmed");
		Browser.Page again = browser.get(link);
		assertThat(again.body()).contains("This link no longer works").contains("action=\"/signup/resend\"");
		assertThat(browser.get("/signup/verify?token=nonsense").body()).contains("This link no longer works");
		assertThat(browser.get("/signup/verify").body()).contains("This link no longer works");
	}

	@Test
	void expiredVerificationLinkIsRefusedAndANewOneWorks() {
		String email = unverifiedAccount("Gulnar");
		String expired = TestMailServer.awaitMail(email).link(AccountMails.VERIFY_PATH);
		this.clock.advance(AccountToken.Purpose.VERIFY_EMAIL.validity().plusSeconds(1));
		Browser browser = browser();
		Browser.Page refused = browser.get(expired);
		assertThat(refused.body()).contains("This link no longer works");

		Browser.Page asked = browser.post("/signup/resend", "email", email);
		assertThat(asked.redirectPath()).isEqualTo("/signup/resend/sent");
		String fresh = TestMailServer.awaitMail(email, 2).link(AccountMails.VERIFY_PATH);
		assertThat(browser.get(fresh).body()).contains("Your address is confirmed");
		browser.get("/login");
		assertThat(browser.post("/login", "email", email, "password", PASSWORD).redirectPath()).isEqualTo("/account");
	}

}
