package org.kring.account;

import java.net.URI;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Getting back in without the password: a link to choose a new one, a link that logs in
 * once; and what a person sees after too many wrong passwords.
 */
class AccountRecoveryBrowserTests extends AccountBrowsing {

	private static final String FAILED = "The e-mail address or the password is not right. Check both and try again.";

	/** The limit: ten failed logins within a quarter of an hour. */
	private static final int LIMIT = 10;

	private static final String UNUSABLE = "This link no longer works";

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void forgottenPasswordIsReplacedThroughALinkThatWorksOnce(boolean javaScript) {
		String email = confirmedPerson("Dawit");
		Page page = newPage("en", javaScript);
		String origin = this.browser.origin();

		this.browser.visit(page, "/login");
		this.browser.click(link(page, "Forgot your password?"));
		assertThat(page).hasURL(origin + "/password/forgot");
		page.locator("#email").fill(email);
		this.browser.click(button(page, "Send me a link"));
		assertThat(page).hasURL(origin + "/password/forgot/sent");
		assertThat(page.locator("main").getByRole(AriaRole.STATUS)).hasText(
				"If an account uses this address, we sent it a link to choose a new password. The link works once, within one hour.");

		ReceivedMail mail = TestMail.newestTo(email);
		assertThat(mail.subject()).isEqualTo("Choose a new password for Kring");
		assertThat(mail.text()).startsWith("Hello Dawit,");
		URI link = mail.firstLink();
		this.browser.follow(page, link);
		assertThat(page.locator("h1")).hasText("Choose a new password");
		assertSignedOut(page);

		page.locator("#password").fill("too short");
		Response refused = submit(page, button(page, "Save the password"));
		assertThat(refused.status()).isEqualTo(422);
		assertProblem(page, "password", "Make the password at least 12 characters long.");
		assertThat(page.content()).doesNotContain("too short");
		page.locator("#password").fill(NEW_PASSWORD);
		this.browser.click(button(page, "Save the password"));
		assertSignedIn(page, "Hello, Dawit");

		this.browser.click(headerButton(page, "Log out"));
		this.browser.follow(page, link);
		assertThat(page.locator("h1")).hasText(UNUSABLE);
		assertThat(page.locator("main")).containsText(
				"The link has expired, was already used, or was replaced by a newer one. You can ask for a new one here.");
		assertThat(page.locator("#password")).hasCount(0);
		assertThat(button(page, "Send me a link")).isVisible();

		Response oldPassword = logIn(page, email, PASSWORD);
		assertThat(oldPassword.headerValue("location")).endsWith("/login?error");
		assertThat(page.locator("main").getByRole(AriaRole.ALERT)).containsText(FAILED);
		logIn(page, email, NEW_PASSWORD);
		assertSignedIn(page, "Hello, Dawit");
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void loginLinkFromTheMailLogsInOnceAfterAPressOnTheButton(boolean javaScript) {
		String email = confirmedPerson("Esi");
		Page page = newPage("en", javaScript);
		String origin = this.browser.origin();

		this.browser.visit(page, "/login");
		this.browser.click(link(page, "Log in with a link by e-mail instead"));
		assertThat(page).hasURL(origin + "/login/link");
		assertThat(page.locator("h1")).hasText("Log in with a link");
		page.locator("#email").fill(email);
		this.browser.click(button(page, "Send me a login link"));
		assertThat(page).hasURL(origin + "/login/link/sent");
		assertThat(page.locator("main").getByRole(AriaRole.STATUS)).hasText(
				"If an account uses this address, we sent it a link that logs you in. The link works once, within 15 minutes.");

		ReceivedMail mail = TestMail.newestTo(email);
		assertThat(mail.subject()).isEqualTo("Your login link for Kring");
		URI link = mail.firstLink();
		this.browser.follow(page, link);
		// opening the link (as a mail scanner might) does not use it up
		this.browser.follow(page, link);
		assertThat(page.locator("h1")).hasText("Log in with this link");
		assertThat(page.locator("main")).containsText("Press the button to log in. The link then stops working.");
		assertSignedOut(page);
		this.browser.click(button(page, "Log in"));
		assertSignedIn(page, "Hello, Esi");

		this.browser.click(headerButton(page, "Log out"));
		this.browser.follow(page, link);
		assertThat(page.locator("h1")).hasText(UNUSABLE);
		assertThat(button(page, "Send me a login link")).isVisible();
		assertSignedOut(page);
	}

	@Test
	void eleventhLoginAttemptGetsAReadablePageInThePersonsLanguage() {
		String email = confirmedPerson("Farah");
		Page page = newPage("fr", true);
		this.browser.visit(page, "/login");
		for (int attempt = 1; attempt <= LIMIT; attempt++) {
			Response failed = attempt(page, email, "not my password " + attempt);
			assertThat(failed.status()).as("attempt %d", attempt).isEqualTo(302);
			assertThat(page.locator("main").getByRole(AriaRole.ALERT))
				.containsText("L’adresse e-mail ou le mot de passe n’est pas correct. Vérifiez les deux et réessayez.");
			assertThat(page.locator("#email")).hasValue(email);
		}

		Response refused = attempt(page, email, "not my password either");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.headerValue("retry-after")).isEqualTo("900");
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		assertThat(page).hasTitle("Trop de tentatives · Kring");
		assertThat(page.locator("h1")).hasText("Trop de tentatives");
		assertThat(page.locator("main"))
			.containsText("Il y a eu trop de tentatives en peu de temps. Attendez un quart d’heure et réessayez.");
		assertThat(page.locator("main")).containsText("Code d’erreur 429");
		assertThat(page.content()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("spring");

		this.browser.visit(page, "/login");
		Response rightPassword = attempt(page, email, PASSWORD);
		assertThat(rightPassword.status()).as("the right password during the window").isEqualTo(429);
	}

	private Response attempt(Page page, String email, String password) {
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		return submit(page, page.locator("main form[action='/login'] [type=submit]"));
	}

}
