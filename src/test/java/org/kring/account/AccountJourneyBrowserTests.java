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
 * The journey of a newcomer, from the home page to logging out, in a Dutch-speaking
 * browser that switches to Arabic on the way; with and without JavaScript.
 */
class AccountJourneyBrowserTests extends AccountBrowsing {

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void newcomerSignsUpConfirmsTheAddressLogsInReadsArabicAndLogsOut(boolean javaScript) {
		Page page = newPage("nl-BE", javaScript);
		String origin = this.browser.origin();
		String address = TestMail.newAddress("ama");

		this.browser.visit(page, "/");
		this.browser.click(link(page, "Account aanmaken"));
		assertThat(page).hasURL(origin + "/signup");
		assertThat(page.locator("h1")).hasText("Registreren");
		page.getByLabel("Weergavenaam").fill("Ama");
		page.getByLabel("E-mailadres").fill(address);
		page.getByLabel("Wachtwoord").fill(PASSWORD);
		this.browser.click(button(page, "Mijn account aanmaken"));

		assertThat(page).hasURL(origin + "/signup/sent");
		assertThat(page.locator("h1")).hasText("Kijk in je mailbox");
		assertThat(page.locator("main").getByRole(AriaRole.STATUS)).hasText(
				"We stuurden een mail naar het adres dat je opgaf. Open de link erin binnen 48 uur om je registratie af te ronden.");
		assertSignedOut(page);

		ReceivedMail mail = TestMail.newestTo(address);
		assertThat(mail.subject()).isEqualTo("Bevestig je e-mailadres voor Kring");
		assertThat(mail.text()).startsWith("Hallo Ama,").doesNotContain(PASSWORD);
		this.browser.follow(page, mail.firstLink());
		assertThat(page.locator("h1")).hasText("Je adres is bevestigd");

		this.browser.click(link(page, "Inloggen"));
		assertThat(page).hasURL(origin + "/login");
		page.getByLabel("E-mailadres").fill(address);
		page.getByLabel("Wachtwoord").fill(PASSWORD);
		this.browser.click(button(page, "Inloggen"));
		assertSignedIn(page, "Hallo, Ama");
		assertThat(page.locator("h1")).hasText("Mijn account");

		this.browser.click(headerButton(page, "العربية"));
		assertThat(page).hasURL(origin + "/account");
		assertThat(page.locator("html")).hasAttribute("lang", "ar");
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("h1")).hasText("حسابي");
		assertThat(page.locator("header .greeting")).hasText("مرحبًا، Ama");
		assertThat(page.locator("main")).containsText(address);
		Object direction = page.locator("main").evaluate("main => getComputedStyle(main).direction");
		assertThat(direction).isEqualTo("rtl");

		this.browser.click(headerButton(page, "تسجيل الخروج"));
		assertThat(page).hasURL(origin + "/?loggedOut");
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("main").getByRole(AriaRole.STATUS)).hasText("تم تسجيل خروجك. إلى اللقاء.");
		assertSignedOut(page);
		assertThat(page.locator("header a[href='/login']")).hasText("تسجيل الدخول");

		this.browser.visit(page, "/account");
		assertThat(page).hasURL(origin + "/login");
	}

	@Test
	void newcomerWhoLostTheFirstMailAsksForANewLinkFromTheLoginPage() {
		Page page = newPage("en", true);
		String origin = this.browser.origin();
		String address = TestMail.newAddress("chidi");
		this.browser.visit(page, "/signup");
		page.locator("#displayName").fill("Chidi");
		page.locator("#email").fill(address);
		page.locator("#password").fill(PASSWORD);
		this.browser.click(button(page, "Create my account"));
		URI first = TestMail.newestTo(address).firstLink();

		Response unconfirmed = logIn(page, address, PASSWORD);
		assertThat(unconfirmed.headerValue("location")).endsWith("/login?error");
		assertThat(page.locator("main").getByRole(AriaRole.ALERT)).containsText(
				"Your e-mail address is not confirmed yet. Open the link we mailed you, or ask for a new one.");
		this.browser.click(link(page, "Send the confirmation link again"));
		assertThat(page).hasURL(origin + "/signup/resend");
		page.locator("#email").fill(address);
		this.browser.click(button(page, "Send a new link"));
		assertThat(page).hasURL(origin + "/signup/resend/sent");
		assertThat(page.locator("main").getByRole(AriaRole.STATUS))
			.hasText("If this address needs confirming, we sent it a new link. Open it within 48 hours.");
		URI second = TestMail.newestTo(address).firstLink();
		assertThat(second).isNotEqualTo(first);

		this.browser.follow(page, first);
		assertThat(page.locator("h1")).hasText("This link no longer works");
		this.browser.follow(page, second);
		assertThat(page.locator("h1")).hasText("Your address is confirmed");
		logIn(page, address, PASSWORD);
		assertSignedIn(page, "Hello, Chidi");
	}

}
