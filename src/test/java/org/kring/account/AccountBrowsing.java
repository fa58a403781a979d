package org.kring.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.kring.browser.BrowserTestSupport;
import org.kring.browser.TestMail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the account journeys in a real browser share: a browser of one's own, people put
 * straight into the database when the journey does not start with signing up, and the
 * steps a person takes on the account pages. Inputs are found by their ids, which stay
 * the same in every language; buttons and links by what they say.
 */
abstract class AccountBrowsing extends BrowserTestSupport {

	static final String PASSWORD = "amber harbour lantern 42";

	static final String NEW_PASSWORD = "quiet orchard bicycle 7";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	/**
	 * A browser of its own that speaks one language, on a network address of its own: the
	 * login throttle counts failures per remote address, and every browser of a test run
	 * would otherwise share the loopback address (the application trusts
	 * {@code X-Forwarded-For} from a local proxy, as it does behind one in production).
	 * @param locale such as {@code "en"} or {@code "nl-BE"}
	 * @param javaScript whether the browser runs scripts
	 * @return a blank page
	 */
	Page newPage(String locale, boolean javaScript) {
		String network = "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000)) + ":"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
		return this.browser.newPage((options) -> options.setLocale(locale)
			.setJavaScriptEnabled(javaScript)
			.setExtraHTTPHeaders(Map.of("X-Forwarded-For", network)));
	}

	/**
	 * Someone who signed up and confirmed their address earlier, with {@link #PASSWORD}
	 * and no language of their own.
	 * @param displayName their display name
	 * @return their (fresh) e-mail address
	 */
	String confirmedPerson(String displayName) {
		return confirmedPerson(displayName,
				TestMail.newAddress(displayName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")));
	}

	/**
	 * Someone who signed up and confirmed their address earlier, with {@link #PASSWORD}
	 * and no language of their own.
	 * @param displayName their display name
	 * @param email their address, in lower case
	 * @return the address
	 */
	String confirmedPerson(String displayName, String email) {
		OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
		this.jdbc.update(
				"insert into person (id, display_name, email, email_verified_at, password_hash, administrator, created_at, version) "
						+ "values (?, ?, ?, ?, ?, false, ?, 0)",
				UUID.randomUUID(), displayName, email, now, this.passwordEncoder.encode(PASSWORD), now);
		return email;
	}

	/**
	 * A fresh address as long as an address can be: 254 characters, a local part of 64
	 * and domain labels of 63.
	 * @return the address, in lower case
	 */
	static String longestAddress() {
		String unique = TestMail.newAddress("long");
		String local = (unique.substring(0, unique.indexOf('@')) + ".").replace('.', '-');
		local = local + "x".repeat(64 - local.length());
		String address = local + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(57) + ".org";
		assertThat(address).hasSize(254);
		return address;
	}

	/**
	 * Logs in through the login page.
	 * @param page a page of this test
	 * @param email the address to type
	 * @param password the password to type
	 * @return the response to the posted form (a redirect when the login was taken)
	 */
	Response logIn(Page page, String email, String password) {
		this.browser.visit(page, "/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		return submit(page, page.locator("main form[action='/login'] [type=submit]"));
	}

	/**
	 * Presses a button that posts a form, and checks the page it leads to.
	 * @param page the page showing the form
	 * @param button the form's button
	 * @return the response to the post itself, before any redirect
	 */
	Response submit(Page page, Locator button) {
		Response response = page.waitForResponse(
				(candidate) -> "POST".equals(candidate.request().method()) && candidate.request().isNavigationRequest(),
				button::click);
		this.browser.checkAccessibility(page);
		return response;
	}

	/**
	 * The page is that of a signed-in person, greeted by name in the header.
	 * @param page the page
	 * @param greeting the greeting as the layout words it, such as {@code "Hello, Ama"}
	 */
	void assertSignedIn(Page page, String greeting) {
		assertThat(page).hasURL(this.browser.origin() + "/account");
		assertThat(page.locator("header .greeting")).hasText(greeting);
		assertThat(page.locator("header form[action='/logout'] button")).hasCount(1);
	}

	/**
	 * The page is that of nobody signed in: the header offers to log in and to sign up,
	 * not to log out, and greets nobody.
	 * @param page the page
	 */
	static void assertSignedOut(Page page) {
		assertThat(page.locator("header a[href='/login']")).isVisible();
		assertThat(page.locator("header a[href='/signup']")).isVisible();
		assertThat(page.locator("header form[action='/logout']")).hasCount(0);
		assertThat(page.locator("header .greeting")).hasCount(0);
		assertThat(page.locator("header a[href='/account']")).hasCount(0);
	}

	/**
	 * A field shows one problem next to it, tied to it for assistive technology.
	 * @param page the page
	 * @param field the input's id (and name)
	 * @param message the problem, as shown
	 */
	static void assertProblem(Page page, String field, String message) {
		Locator input = page.locator("#" + field);
		assertThat(input).hasAttribute("aria-invalid", "true");
		assertThat(input.getAttribute("aria-describedby")).as("aria-describedby of %s", field)
			.isNotNull()
			.satisfies((ids) -> assertThat(ids.split(" ")).contains(field + "-error"));
		assertThat(page.locator("#" + field + "-error")).hasText(message);
		assertThat(page.locator(".field").filter(new Locator.FilterOptions().setHas(input)).locator(".error"))
			.hasText(message);
		// Playwright hands the pattern to JavaScript, which knows no \Q...\E quoting
		assertThat(input)
			.hasAccessibleDescription(Pattern.compile(message.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0")));
	}

	/**
	 * A field shows no problem.
	 * @param page the page
	 * @param field the input's id
	 */
	static void assertNoProblem(Page page, String field) {
		assertThat(page.locator("#" + field)).not().hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#" + field + "-error")).hasCount(0);
	}

	static Locator button(Page page, String name) {
		return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
	}

	static Locator link(Page page, String name) {
		return page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name));
	}

	static Locator headerButton(Page page, String name) {
		return page.locator("header")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
