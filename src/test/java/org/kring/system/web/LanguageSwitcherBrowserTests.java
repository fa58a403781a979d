package org.kring.system.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.browser.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class LanguageSwitcherBrowserTests extends BrowserTestSupport {

	private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]{3,}");

	@Test
	void switchingToArabicTurnsThePageRightToLeft() {
		Page page = this.browser.open("/");
		switchToArabic(page);
		assertReadsArabicRightToLeft(page);
	}

	@Test
	void switchingToArabicWorksWithoutJavaScript() {
		Page page = this.browser.newPage((options) -> options.setJavaScriptEnabled(false));
		this.browser.visit(page, "/");
		switchToArabic(page);
		assertReadsArabicRightToLeft(page);
	}

	@Test
	void chosenLanguageStaysForTheNextPages() {
		Page page = this.browser.open("/");
		switchToArabic(page);
		this.browser.visit(page, "/bestaat-niet");
		assertThat(page.locator("html")).hasAttribute("lang", "ar");
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("h1")).hasText(ARABIC);
	}

	@Test
	void switchingBackToDutchTurnsThePageLeftToRight() {
		Page page = this.browser.open("/");
		switchToArabic(page);
		this.browser.click(languageButton(page, "Nederlands"));
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(page.locator("html")).hasAttribute("dir", "ltr");
		assertThat(page.locator("h1")).hasText("Welkom bij Kring");
	}

	private void switchToArabic(Page page) {
		this.browser.click(languageButton(page, "العربية"));
	}

	private static Locator languageButton(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static void assertReadsArabicRightToLeft(Page page) {
		assertThat(page).hasURL(Pattern.compile("/$"));
		assertThat(page.locator("html")).hasAttribute("lang", "ar");
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("h1")).hasText(ARABIC);
		assertThat(page.locator(".skip-link")).hasText("انتقل إلى المحتوى الرئيسي");
		assertThat(languageButton(page, "العربية")).hasAttribute("aria-current", "true");
		assertThat(languageButton(page, "Nederlands")).not().hasAttribute("aria-current", "true");
	}

}
