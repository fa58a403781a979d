package org.kring.system.web;

import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.browser.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@Tag("layout")
class LayoutBrowserTests extends BrowserTestSupport {

	@Test
	void pagesFitANarrowPhoneScreenWithoutSidewaysScrolling() {
		for (String locale : List.of("nl-BE", "ar")) {
			Page page = this.browser.newPage((options) -> options.setLocale(locale).setViewportSize(320, 640));
			for (String path : List.of("/", "/bestaat-niet")) {
				this.browser.visit(page, path);
				List<?> widths = (List<?>) page.evaluate("() => [document.scrollingElement.scrollWidth, "
						+ "document.scrollingElement.clientWidth, window.innerWidth]");
				assertThat(((Number) widths.get(2)).intValue()).isEqualTo(320);
				assertThat(((Number) widths.get(0)).intValue()).as("content width of %s in %s", path, locale)
					.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
			}
		}
	}

	@Test
	void firstTabReachesTheSkipLinkWhichMovesFocusToTheMainContent() {
		Page page = this.browser.open("/");
		page.keyboard().press("Tab");
		assertThat(page.locator("a.skip-link")).isFocused();
		assertThat(page.locator("a.skip-link")).hasText("Naar de hoofdinhoud");
		assertThat(page.locator("a.skip-link")).isInViewport();
		page.keyboard().press("Enter");
		assertThat(page.locator("main#main")).isFocused();
	}

}
