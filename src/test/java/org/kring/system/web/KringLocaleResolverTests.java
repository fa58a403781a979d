package org.kring.system.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.system.KringPrincipal;
import org.kring.system.TestPrincipal;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class KringLocaleResolverTests {

	private static final Locale DUTCH = Locale.of("nl");

	private static final Locale ARABIC = Locale.of("ar");

	private final KringLocaleResolver resolver = new KringLocaleResolver(DUTCH);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void instanceDefaultWhenNothingElseTells() {
		assertThat(this.resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(DUTCH);
		assertThat(new KringLocaleResolver(Locale.FRENCH).resolveLocale(new MockHttpServletRequest()))
			.isEqualTo(Locale.FRENCH);
	}

	@Test
	void browserLanguageBeatsTheDefault() {
		assertThat(this.resolver.resolveLocale(browser("en-GB,en;q=0.9"))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void firstOfferedBrowserLanguageIsTaken() {
		assertThat(this.resolver.resolveLocale(browser("de-DE,de;q=0.9,ar;q=0.8,en;q=0.7"))).isEqualTo(ARABIC);
	}

	@Test
	void browserLanguagesWeDoNotOfferFallBackToTheDefault() {
		assertThat(this.resolver.resolveLocale(browser("de-DE,ja;q=0.5"))).isEqualTo(DUTCH);
	}

	@Test
	void switcherCookieBeatsTheBrowser() {
		MockHttpServletRequest request = browser("en");
		request.setCookies(new Cookie(KringLocaleResolver.COOKIE, "fr"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.FRENCH);
	}

	@Test
	void cookieWithALanguageWeDoNotOfferIsIgnored() {
		MockHttpServletRequest request = browser("en");
		request.setCookies(new Cookie(KringLocaleResolver.COOKIE, "<script>"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void personsOwnSettingBeatsCookieAndBrowser() {
		signIn(ARABIC);
		MockHttpServletRequest request = browser("en");
		request.setCookies(new Cookie(KringLocaleResolver.COOKIE, "fr"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(ARABIC);
	}

	@Test
	void personWithoutSettingGetsTheCookiesLanguage() {
		signIn(null);
		MockHttpServletRequest request = browser("en");
		request.setCookies(new Cookie(KringLocaleResolver.COOKIE, "fr"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.FRENCH);
	}

	@Test
	void regionalVariantsResolveToTheOfferedLanguage() {
		signIn(Locale.forLanguageTag("fr-BE"));
		assertThat(this.resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.FRENCH);
	}

	@Test
	void choosingALanguageSetsALongLivedCookie() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(request, response, ARABIC);
		Cookie cookie = response.getCookie(KringLocaleResolver.COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("ar");
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getMaxAge()).isGreaterThan(30 * 24 * 3600);
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
		assertThat(cookie.getSecure()).isFalse();
	}

	@Test
	void languageCookieIsSecureOverHttps() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSecure(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(request, response, Locale.ENGLISH);
		assertThat(response.getCookie(KringLocaleResolver.COOKIE).getSecure()).isTrue();
	}

	@Test
	void choosingALanguageWeDoNotOfferSetsNoCookie() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(new MockHttpServletRequest(), response, Locale.GERMAN);
		assertThat(response.getCookies()).isEmpty();
	}

	private static MockHttpServletRequest browser(String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", acceptLanguage);
		request.setPreferredLocales(List.of(Locale.LanguageRange.parse(acceptLanguage)
			.stream()
			.map((range) -> Locale.forLanguageTag(range.getRange()))
			.toArray(Locale[]::new)));
		return request;
	}

	private static void signIn(@Nullable Locale language) {
		KringPrincipal principal = TestPrincipal.member("Robin").speaking(language);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
	}

}
