package org.kring.browser;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.system.mail.Mailer;
import org.kring.system.mail.OutgoingMail;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The browser-test infrastructure itself: its checks must be able to fail.
 */
@Tag("layout")
class BrowserSessionBrowserTests extends BrowserTestSupport {

	@Autowired
	private Mailer mailer;

	@Test
	void accessibilityCheckFailsNamingTheRuleAndTheElement() {
		Page page = this.browser.open("/");
		page.evaluate("() => { document.documentElement.removeAttribute('lang'); "
				+ "document.querySelector('.button').textContent = ''; }");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.browser.checkAccessibility(page))
			.withMessageContaining("html-has-lang [serious]")
			.withMessageContaining("link-name [serious]")
			.withMessageContaining("at .button")
			.withMessageContaining(this.browser.origin() + "/");
		page.reload();
	}

	@Test
	void pageWithoutJavaScriptIsCheckedAsItWasShown() {
		Page page = this.browser.newPage((options) -> options.setJavaScriptEnabled(false));
		this.browser.visit(page, "/");
		page.evaluate("() => document.documentElement.removeAttribute('lang')");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.browser.checkAccessibility(page))
			.withMessageContaining("html-has-lang");
		page.reload();
	}

	@Test
	void requestToAnotherOriginIsBlockedAndReported() {
		Page page = this.browser.open("/");
		String elsewhere = this.browser.origin().replace("localhost", "127.0.0.1") + "/";
		assertThatExceptionOfType(PlaywrightException.class).isThrownBy(() -> page.navigate(elsewhere))
			.withMessageContaining("ERR_BLOCKED_BY_CLIENT");
		assertThat(this.browser.takeBlockedRequests()).containsExactly("GET " + elsewhere);
	}

	@Test
	void pageLeftWithoutAnAccessibilityCheckIsReported() {
		Page page = this.browser.page();
		page.navigate("/bestaat-niet");
		page.navigate("/bestaat-niet#main");
		this.browser.visit(page, "/");
		assertThat(this.browser.takeUncheckedPages()).containsExactly(this.browser.origin() + "/bestaat-niet");
	}

	@Test
	void newestMailToAnAddressGivesItsFirstLinkToFollow() {
		String ama = TestMail.newAddress("ama");
		this.mailer.send(new OutgoingMail(ama, "Eerste", "Open http://localhost:8080/?stap=1 nu."));
		this.mailer.send(new OutgoingMail(TestMail.newAddress("bo"), "Ander", "http://localhost:8080/?stap=9"));
		this.mailer.send(new OutgoingMail(ama, "تأكيد بريدك الإلكتروني",
				"مرحبًا،\nافتح http://localhost:8080/?stap=2&taal=ar\nوشكرًا http://localhost:8080/?stap=3"));

		ReceivedMail mail = TestMail.newestTo(ama.toUpperCase(Locale.ROOT));
		assertThat(mail.subject()).isEqualTo("تأكيد بريدك الإلكتروني");
		assertThat(mail.text()).startsWith("مرحبًا");
		assertThat(mail.firstLink()).isEqualTo(URI.create("http://localhost:8080/?stap=2&taal=ar"));

		Page page = this.browser.page();
		this.browser.follow(page, mail.firstLink());
		assertThat(page).hasURL(this.browser.origin() + "/?stap=2&taal=ar");
	}

	@Test
	void waitingForMailThatNeverComesFailsListingWhatDid() {
		this.mailer.send(new OutgoingMail("ama@example.org", "Eerste", "Geen link"));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> TestMail.newestTo("nobody@example.org", Duration.ofMillis(300)))
			.withMessageContaining("No mail to nobody@example.org")
			.withMessageContaining("ama@example.org");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> TestMail.newestTo("ama@example.org").firstLink())
			.withMessageContaining("No link");
	}

}
