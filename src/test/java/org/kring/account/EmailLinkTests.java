package org.kring.account;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.account.internal.AccountMails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password reset links and login links: they expire, work once, and die when a newer one
 * is sent.
 */
@Tag("database")
class EmailLinkTests extends RunningInstance {

	private static final String NEW_PASSWORD = "violet harbour kettle 9";

	@Test
	void resetLinkSetsTheNewPasswordAndLogsIn() {
		String email = verifiedAccount("Xena");
		String link = requestReset(email, 2);

		Browser browser = browser();
		Browser.Page form = browser.get(link);
		assertThat(form.body()).contains("Choose a new password").contains("name=\"token\"");
		Browser.Page done = browser.post("/password/reset", "token", token(link), "password", NEW_PASSWORD);
		assertThat(done.redirectPath()).isEqualTo("/account");
		assertThat(browser.get("/").body()).contains("action=\"/logout\"");

		assertThat(logIn(email, PASSWORD).redirectPath()).isEqualTo("/login?error");
		assertThat(logIn(email, NEW_PASSWORD).redirectPath()).isEqualTo("/account");
	}

	@Test
	void resetLinkWorksOnce() {
		String email = verifiedAccount("Yara");
		String link = requestReset(email, 2);
		chooseThrough(link, NEW_PASSWORD);

		Browser other = browser();
		assertThat(other.get(link).body()).contains("This link no longer works")
			.contains("action=\"/password/forgot\"");
		Browser.Page again = other.post("/password/reset", "token", token(link), "password", "another fine password");
		assertThat(again.body()).contains("This link no longer works");
		assertThat(logIn(email, "another fine password").redirectPath()).isEqualTo("/login?error");
	}

	@Test
	void resetLinkExpiresAfterAnHour() {
		String email = verifiedAccount("Zara");
		String link = requestReset(email, 2);
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(browser().get(link).body()).contains("Choose a new password");
		this.clock.advance(Duration.ofMinutes(1));
		Browser browser = browser();
		assertThat(browser.get(link).body()).contains("This link no longer works");
		browser.get("/password/forgot");
		assertThat(browser.post("/password/reset", "token", token(link), "password", NEW_PASSWORD).body())
			.contains("This link no longer works");
	}

	@Test
	void newResetLinkKillsTheOldOne() {
		String email = verifiedAccount("Adil");
		String first = requestReset(email, 2);
		String second = requestReset(email, 3);
		assertThat(browser().get(first).body()).contains("This link no longer works");
		assertThat(chooseThrough(second, NEW_PASSWORD).redirectPath()).isEqualTo("/account");
	}

	@Test
	void refusedPasswordKeepsTheLinkUsable() {
		String email = verifiedAccount("Bilal");
		String link = requestReset(email, 2);
		Browser browser = browser();
		browser.get(link);
		Browser.Page refused = browser.post("/password/reset", "token", token(link), "password", "short");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(FormFields.errorOf(refused.body(), "password")).contains("at least 12 characters");
		assertThat(refused.body()).contains("value=\"" + token(link) + "\"");
		Browser.Page done = browser.post("/password/reset", "token", token(link), "password", NEW_PASSWORD);
		assertThat(done.redirectPath()).isEqualTo("/account");
	}

	@Test
	void resetVerifiesAnAddressNotYetVerified() {
		String email = unverifiedAccount("Cyrus");
		String link = requestReset(email, 2);
		assertThat(chooseThrough(link, NEW_PASSWORD).redirectPath()).isEqualTo("/account");
		assertThat(logIn(email, NEW_PASSWORD).redirectPath()).isEqualTo("/account");
	}

	@Test
	void loginLinkPageDoesNotUseTheLinkUpButItsButtonLogsIn() {
		String email = verifiedAccount("Dilan");
		String link = requestLoginLink(email, 2);
		Browser scanner = browser();
		assertThat(scanner.get(link).body()).contains("Log in with this link");
		assertThat(scanner.get(link).body()).contains("Log in with this link");

		Browser browser = browser();
		Browser.Page page = browser.get(link);
		assertThat(page.body()).contains("action=\"/login/link/confirm\"");
		Browser.Page loggedIn = browser.post("/login/link/confirm", "token", token(link));
		assertThat(loggedIn.redirectPath()).isEqualTo("/account");
		assertThat(browser.hasSession()).isTrue();
		assertThat(browser.get("/").body()).contains("action=\"/logout\"");
		assertThat(browser.get("/account").status()).isNotEqualTo(302);
	}

	@Test
	void loginLinkWorksOnce() {
		String email = verifiedAccount("Emre");
		String link = requestLoginLink(email, 2);
		logInThrough(link);

		Browser second = browser();
		assertThat(second.get(link).body()).contains("This link no longer works").contains("action=\"/login/link\"");
		second.get("/login/link");
		Browser.Page refused = second.post("/login/link/confirm", "token", token(link));
		assertThat(refused.body()).contains("This link no longer works");
		assertThat(second.get("/account").status()).isEqualTo(302);
	}

	@Test
	void loginLinkExpiresAfterAQuarterOfAnHour() {
		String email = verifiedAccount("Fatma");
		String link = requestLoginLink(email, 2);
		Browser browser = browser();
		browser.get(link);
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(browser.post("/login/link/confirm", "token", token(link)).body())
			.contains("This link no longer works");
		assertThat(browser.get("/account").status()).isEqualTo(302);
	}

	@Test
	void newLoginLinkKillsTheOldOne() {
		String email = verifiedAccount("Goran");
		String first = requestLoginLink(email, 2);
		String second = requestLoginLink(email, 3);
		assertThat(browser().get(first).body()).contains("This link no longer works");
		assertThat(logInThrough(second).redirectPath()).isEqualTo("/account");
	}

	@Test
	void loginLinkForAnUnverifiedAddressSendsAVerificationLinkInstead() {
		String email = unverifiedAccount("Hamid");
		Browser browser = browser();
		browser.get("/login/link");
		browser.post("/login/link", "email", email);
		TestMailServer.Mail mail = TestMailServer.awaitMail(email, 2);
		assertThat(mail.subject()).contains("Confirm your e-mail address");
		assertThat(mail.text()).doesNotContain(AccountMails.LOGIN_LINK_PATH);
	}

	@Test
	void loginPageLinksToTheOtherWaysIn() {
		String page = browser().get("/login").body();
		assertThat(page).contains("href=\"/password/forgot\"")
			.contains("href=\"/login/link\"")
			.contains("href=\"/signup\"")
			.contains("name=\"email\"");
	}

	private String requestReset(String email, int mailNumber) {
		return requestLink("/password/forgot", email, mailNumber, AccountMails.RESET_PATH);
	}

	private String requestLoginLink(String email, int mailNumber) {
		return requestLink("/login/link", email, mailNumber, AccountMails.LOGIN_LINK_PATH);
	}

	/**
	 * Asks a form for a link and reads it from the mail.
	 * @param mailNumber which mail to the address brings it
	 */
	private String requestLink(String form, String email, int mailNumber, String linkPath) {
		Browser browser = browser();
		browser.get(form);
		browser.post(form, "email", email);
		return TestMailServer.awaitMail(email, mailNumber).link(linkPath);
	}

	/**
	 * Opens a password link in a new browser and chooses a password on its page.
	 */
	private Browser.Page chooseThrough(String link, String password) {
		Browser browser = browser();
		browser.get(link);
		return browser.post("/password/reset", "token", token(link), "password", password);
	}

	/**
	 * Opens a login link in a new browser and presses its button.
	 */
	private Browser.Page logInThrough(String link) {
		Browser browser = browser();
		browser.get(link);
		return browser.post("/login/link/confirm", "token", token(link));
	}

	private Browser.Page logIn(String email, String password) {
		Browser browser = browser();
		browser.get("/login");
		return browser.post("/login", "email", email, "password", password);
	}

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

}
