package org.kring.account;

import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing up with bad input: each problem is told next to its field in the person's
 * language, everything else typed stays, the password is never sent back; and the form
 * works from the keyboard alone.
 */
class SignUpProblemsBrowserTests extends AccountBrowsing {

	private static final String SUBMIT = "Create my account";

	@Test
	void everyKindOfBadInputIsExplainedNextToItsFieldAndTheRestIsKept() {
		Page page = newPage("en", true);
		this.browser.visit(page, "/signup");

		Response empty = submit(page, button(page, SUBMIT));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(page.locator("main").getByRole(AriaRole.ALERT))
			.hasText("Some fields need your attention. Each one says what is wrong.");
		assertProblem(page, "displayName", "Enter a name to be shown by. A nickname is fine.");
		assertProblem(page, "email", "Enter your e-mail address.");
		assertProblem(page, "password", "Choose a password.");

		String longName = "Ama ".repeat(2_500);
		String shortPassword = "tiny words!";
		page.locator("#displayName").fill(longName);
		assertThat(page.locator("#displayName").inputValue()).hasSize(10_000);
		page.locator("#email").fill("ama.at.example.org");
		page.locator("#password").fill(shortPassword);
		Response malformed = submit(page, button(page, SUBMIT));
		assertThat(malformed.status()).isEqualTo(422);
		assertProblem(page, "displayName", "Keep the name to 80 characters at most.");
		assertProblem(page, "email",
				"This does not look like an e-mail address. Check it, for example name@example.org.");
		assertProblem(page, "password", "Make the password at least 12 characters long.");
		assertThat(page.locator("#displayName")).hasValue(longName.strip());
		assertThat(page.locator("#email")).hasValue("ama.at.example.org");
		assertPasswordNotEchoed(page, shortPassword);

		String address = TestMail.newAddress("ama");
		String commonPassword = "iloveyou1234";
		page.locator("#displayName").fill("Ama\u0007 Bo\u001b\u007f");
		assertThat(page.locator("#displayName").inputValue()).contains("\u0007", "\u001b", "\u007f");
		page.locator("#email").fill(address);
		page.locator("#password").fill(commonPassword);
		Response common = submit(page, button(page, SUBMIT));
		assertThat(common.status()).isEqualTo(422);
		assertProblem(page, "password", "This password is used by many people and is easy to guess. Choose another.");
		assertNoProblem(page, "displayName");
		assertNoProblem(page, "email");
		assertThat(page.locator("#displayName")).hasValue("Ama Bo");
		assertThat(page.locator("#email")).hasValue(address);
		assertPasswordNotEchoed(page, commonPassword);

		page.locator("#displayName").fill("Ama\u0007 Bo\u001b\u007f");
		page.locator("#password").fill(PASSWORD);
		this.browser.click(button(page, SUBMIT));
		assertThat(page).hasURL(this.browser.origin() + "/signup/sent");
		assertThat(page.locator("h1")).hasText("Check your mail");
		List<String> stored = this.jdbc.queryForList("select display_name from person where email = ?", String.class,
				address);
		assertThat(stored).containsExactly("Ama Bo");
		assertThat(TestMail.newestTo(address).text()).startsWith("Hello Ama Bo,");
	}

	@Test
	void problemsAreExplainedInTheLanguageOfTheBrowser() {
		Page page = newPage("nl-BE", true);
		this.browser.visit(page, "/signup");
		page.getByLabel("E-mailadres").fill("ama@");
		page.getByLabel("Wachtwoord").fill("nog te kort");
		Response response = submit(page, button(page, "Mijn account aanmaken"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(page.locator("main").getByRole(AriaRole.ALERT))
			.hasText("Enkele velden vragen je aandacht. Bij elk staat wat er niet klopt.");
		assertProblem(page, "displayName", "Vul een naam in waarmee je getoond wordt. Een bijnaam is prima.");
		assertProblem(page, "email", "Dit lijkt geen e-mailadres. Kijk het na, bijvoorbeeld naam@voorbeeld.be.");
		assertProblem(page, "password", "Maak het wachtwoord minstens 12 tekens lang.");
		assertThat(page.locator("#email")).hasValue("ama@");
		assertPasswordNotEchoed(page, "nog te kort");
	}

	@Test
	void signingUpWithATakenAddressLooksTheSameAndWarnsTheOwnerByMail() {
		String taken = confirmedPerson("Basma");
		Page page = newPage("en", true);
		this.browser.visit(page, "/signup");
		page.locator("#displayName").fill("Someone else");
		page.locator("#email").fill(taken.toUpperCase(Locale.ROOT));
		page.locator("#password").fill(NEW_PASSWORD);
		this.browser.click(button(page, SUBMIT));

		assertThat(page).hasURL(this.browser.origin() + "/signup/sent");
		assertThat(page.locator("main").getByRole(AriaRole.STATUS)).hasText(
				"We sent a mail to the address you gave. Open the link in it within 48 hours to finish signing up.");
		ReceivedMail warning = TestMail.newestTo(taken);
		assertThat(warning.subject()).isEqualTo("Someone tried to sign up at Kring with your address");
		assertThat(warning.text()).startsWith("Hello Basma,");
		assertThat(this.jdbc.queryForObject("select count(*) from person where lower(email) = ?", Integer.class, taken))
			.isEqualTo(1);
	}

	@Test
	void personWithTheLongestPossibleAddressSignsUpConfirmsAndLogsIn() {
		String address = longestAddress();
		Page page = newPage("en", true);
		this.browser.visit(page, "/signup");
		page.locator("#displayName").fill("Kofi");
		page.locator("#email").fill(address);
		page.locator("#password").fill(PASSWORD);
		this.browser.click(button(page, SUBMIT));
		assertThat(page).hasURL(this.browser.origin() + "/signup/sent");

		this.browser.follow(page, TestMail.newestTo(address).firstLink());
		assertThat(page.locator("h1")).hasText("Your address is confirmed");
		Response loggedIn = logIn(page, address, PASSWORD);
		assertThat(loggedIn.status()).isEqualTo(302);
		assertSignedIn(page, "Hello, Kofi");
		assertThat(page.locator("main dl")).containsText(address);
	}

	@Test
	void signUpFormIsFilledAndSentWithTheKeyboardOnlyWithFocusVisible() {
		Page page = newPage("en", true);
		String address = TestMail.newAddress("chidi");
		this.browser.visit(page, "/signup");

		int presses = 0;
		while (!"displayName".equals(page.evaluate("() => document.activeElement.id")) && presses < 30) {
			page.keyboard().press("Tab");
			assertFocusVisible(page);
			presses++;
		}
		assertThat(page.locator("#displayName")).isFocused();
		page.keyboard().type("Chidi");
		page.keyboard().press("Tab");
		assertThat(page.locator("#email")).isFocused();
		assertFocusVisible(page);
		page.keyboard().type(address);
		page.keyboard().press("Tab");
		assertThat(page.locator("#password")).isFocused();
		assertFocusVisible(page);
		page.keyboard().type(PASSWORD);
		page.keyboard().press("Tab");
		Locator submit = button(page, SUBMIT);
		assertThat(submit).isFocused();
		assertFocusVisible(page);
		page.keyboard().press("Enter");
		page.waitForURL(this.browser.origin() + "/signup/sent");
		this.browser.checkAccessibility(page);

		assertThat(TestMail.newestTo(address).text()).startsWith("Hello Chidi,");
	}

	private static void assertPasswordNotEchoed(Page page, String password) {
		assertThat(page.locator("#password")).hasValue("");
		assertThat(page.locator("#password")).hasAttribute("type", "password");
		assertThat(page.content()).doesNotContain(password);
	}

	/**
	 * The element that has the focus is drawn with an outline a person can see.
	 */
	private static void assertFocusVisible(Page page) {
		@SuppressWarnings("unchecked")
		List<Object> focus = (List<Object>) page.evaluate("() => { const e = document.activeElement; "
				+ "const s = getComputedStyle(e); "
				+ "return [e.tagName + '#' + e.id + ' ' + (e.textContent || '').trim(), e.matches(':focus-visible'), "
				+ "s.outlineStyle, parseFloat(s.outlineWidth)]; }");
		assertThat(focus.get(1)).as("%s matches :focus-visible", focus.get(0)).isEqualTo(true);
		assertThat(focus.get(2)).as("outline style of %s", focus.get(0)).isNotEqualTo("none");
		assertThat(((Number) focus.get(3)).doubleValue()).as("outline width of %s", focus.get(0))
			.isGreaterThanOrEqualTo(2.0);
	}

}
