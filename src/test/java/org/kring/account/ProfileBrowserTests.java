package org.kring.account;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person looks after their own account at {@code /account}: name, language, password,
 * their data, and finally leaving; with and without JavaScript.
 */
class ProfileBrowserTests extends AccountBrowsing {

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void personRenamesChoosesEnglishChangesPasswordDownloadsTheirDataAndLeaves(boolean javaScript) throws IOException {
		String email = confirmedPerson("Gift");
		Page page = newPage("nl-BE", javaScript);
		String origin = this.browser.origin();
		logIn(page, email, PASSWORD);
		assertSignedIn(page, "Hallo, Gift");
		assertThat(page.locator("h1")).hasText("Mijn account");

		page.locator("#displayName").fill("  ");
		Response noName = submit(page, button(page, "Weergavenaam bewaren"));
		assertThat(noName.status()).isEqualTo(422);
		assertProblem(page, "displayName", "Vul de naam in waarmee je getoond wilt worden.");
		page.locator("#displayName").fill("Gift Okafor");
		this.browser.click(button(page, "Weergavenaam bewaren"));
		assertSignedIn(page, "Hallo, Gift Okafor");
		assertThat(notice(page)).hasText("Je weergavenaam is bewaard.");

		page.locator("#language").selectOption("en");
		this.browser.click(button(page, "Taal bewaren"));
		assertThat(page).hasURL(origin + "/account");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("My account");
		assertThat(notice(page)).hasText("Your language has been saved.");
		assertSignedIn(page, "Hello, Gift Okafor");
		assertThat(page.locator("#language")).hasValue("en");
		this.browser.visit(page, "/");
		assertThat(page.locator("h1")).hasText("Welcome to Kring");
		this.browser.visit(page, "/account");

		page.locator("#currentPassword").fill("not my password at all");
		page.locator("#newPassword").fill(NEW_PASSWORD);
		Response wrongPassword = submit(page, button(page, "Change password"));
		assertThat(wrongPassword.status()).isEqualTo(422);
		assertProblem(page, "currentPassword", "This is not your current password.");
		assertThat(page.content()).doesNotContain(NEW_PASSWORD);
		page.locator("#currentPassword").fill(PASSWORD);
		page.locator("#newPassword").fill(NEW_PASSWORD);
		this.browser.click(button(page, "Change password"));
		assertThat(notice(page)).hasText("Your password has been changed. You have been logged out everywhere else.");

		this.browser.click(headerButton(page, "Log out"));
		assertThat(page.locator("main").getByRole(AriaRole.STATUS)).hasText("You are logged out. See you soon.");
		Response oldPassword = logIn(page, email, PASSWORD);
		assertThat(oldPassword.headerValue("location")).endsWith("/login?error");
		logIn(page, email, NEW_PASSWORD);
		assertSignedIn(page, "Hello, Gift Okafor");

		Download download = page.waitForDownload(() -> link(page, "Download my data").click());
		assertThat(download.failure()).isNull();
		assertThat(download.suggestedFilename()).matches("kring-export-\\d{4}-\\d{2}-\\d{2}\\.json");
		String json = Files.readString(download.path(), StandardCharsets.UTF_8);
		JsonNode account = JsonMapper.builder().build().readTree(json).path("sections").path("account");
		assertThat(account.path("displayName").asString()).isEqualTo("Gift Okafor");
		assertThat(account.path("email").asString()).isEqualTo(email);
		assertThat(account.path("preferredLanguage").asString()).isEqualTo("en");
		String hash = this.jdbc.queryForObject("select password_hash from person where email = ?", String.class, email);
		assertThat(hash).startsWith("$argon2id$");
		assertThat(json).doesNotContain(hash).doesNotContainIgnoringCase("argon2").doesNotContain(NEW_PASSWORD);

		page.locator("#deletePassword").fill(PASSWORD);
		Response notDeleted = submit(page, button(page, "Delete my account for good"));
		assertThat(notDeleted.status()).isEqualTo(422);
		assertProblem(page, "deletePassword", "This is not your current password.");
		page.locator("#deletePassword").fill(NEW_PASSWORD);
		this.browser.click(button(page, "Delete my account for good"));
		assertThat(page).hasURL(origin + "/");
		assertThat(notice(page)).hasText("Your account has been deleted. Thank you for taking part.");
		assertSignedOut(page);
		assertThat(this.jdbc.queryForObject("select count(*) from person where email = ?", Integer.class, email))
			.isZero();

		Response gone = logIn(page, email, NEW_PASSWORD);
		assertThat(gone.headerValue("location")).endsWith("/login?error");
		assertThat(page.locator("main").getByRole(AriaRole.ALERT))
			.containsText("The e-mail address or the password is not right. Check both and try again.");
		assertSignedOut(page);
	}

	private static Locator notice(Page page) {
		return page.locator("main .notice[role=status]");
	}

	@Test
	void newAddressIsUsedOnlyOnceItsOwnerConfirmsItEvenAfterLoggingInFirst() {
		String email = confirmedPerson("Ines");
		String newEmail = TestMail.newAddress("ines.new");
		Page page = newPage("en", true);
		String origin = this.browser.origin();
		logIn(page, email, PASSWORD);
		assertSignedIn(page, "Hello, Ines");

		page.locator("#newEmail").fill(newEmail);
		page.locator("#emailPassword").fill(PASSWORD);
		this.browser.click(button(page, "Send the link"));
		assertThat(notice(page)).hasText(
				"If the new address can be used, a link to confirm it is on its way there. Follow it to finish the change.");
		assertThat(page.locator("main")).containsText("Waiting for you to follow the link sent to " + newEmail + ".");
		assertThat(TestMail.newestTo(email).subject()).isEqualTo("Your e-mail address on Kring is about to change");
		ReceivedMail confirmation = TestMail.newestTo(newEmail);
		assertThat(confirmation.subject()).isEqualTo("Confirm your new e-mail address for Kring");
		URI link = confirmation.firstLink();

		this.browser.click(headerButton(page, "Log out"));
		this.browser.follow(page, link);
		assertThat(page).hasURL(origin + "/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		this.browser.click(button(page, "Log in"));
		assertThat(page.locator("h1")).hasText("Confirm your new e-mail address");
		assertThat(page.url()).as("back at the link after logging in")
			.startsWith(origin + link.getRawPath() + "?" + link.getRawQuery());
		assertThat(page.locator("main"))
			.containsText("Do you want to use " + newEmail + " as your e-mail address from now on?");
		this.browser.click(button(page, "Yes, use this address"));
		assertSignedIn(page, "Hello, Ines");
		assertThat(notice(page))
			.hasText("Your e-mail address has been changed. Log in with the new address from now on.");
		assertThat(page.locator("main dl")).containsText(newEmail);

		Response used = this.browser.follow(page, link);
		assertThat(used.status()).isEqualTo(410);
		assertThat(page.locator("main").getByRole(AriaRole.ALERT)).hasText(
				"This link cannot be used: it was used already, it has expired, or it belongs to another account. Ask for a new link on your account page.");

		this.browser.click(headerButton(page, "Log out"));
		Response oldAddress = logIn(page, email, PASSWORD);
		assertThat(oldAddress.headerValue("location")).endsWith("/login?error");
		logIn(page, newEmail, PASSWORD);
		assertSignedIn(page, "Hello, Ines");
	}

}
