package org.kring.account;

import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account pages fit a phone 320 pixels wide without sideways scrolling, left to right
 * and right to left, even with the longest name and address a person can have.
 */
@Tag("layout")
class AccountPagesOnAPhoneBrowserTests extends AccountBrowsing {

	private static final String LONGEST_NAME = "Kwabena".repeat(11) + "Ose";

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "en", "ar" })
	void accountPagesFitANarrowScreenWithTheLongestNameAndAddress(String locale) {
		assertThat(LONGEST_NAME).hasSize(80);
		String email = confirmedPerson(LONGEST_NAME, longestAddress());

		Page visitor = narrowPage(locale);
		for (String path : List.of("/signup", "/login", "/login/link", "/password/forgot", "/signup/sent")) {
			this.browser.visit(visitor, path);
			assertFits(visitor, path);
		}
		this.browser.visit(visitor, "/signup");
		visitor.locator("#displayName").fill(LONGEST_NAME.repeat(125));
		visitor.locator("#email").fill(email + "." + email);
		submit(visitor, visitor.locator("main form[action='/signup'] [type=submit]"));
		assertThat(visitor.locator("#displayName")).hasAttribute("aria-invalid", "true");
		assertThat(visitor.locator("#email")).hasAttribute("aria-invalid", "true");
		assertFits(visitor, "/signup with problems");

		Page member = narrowPage(locale);
		logIn(member, email, PASSWORD);
		assertThat(member).hasURL(this.browser.origin() + "/account");
		assertThat(member.locator("header .greeting")).containsText(LONGEST_NAME);
		assertThat(member.locator("main dl")).containsText(email);
		assertFits(member, "/account");
		this.browser.visit(member, "/");
		assertFits(member, "/ signed in");
	}

	private Page narrowPage(String locale) {
		Page page = newPage(locale, true);
		page.setViewportSize(320, 640);
		return page;
	}

	private static void assertFits(Page page, String what) {
		List<?> widths = (List<?>) page
			.evaluate("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
		assertThat(((Number) widths.get(0)).intValue()).as("content width of %s", what)
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
	}

}
