package org.kring.system.security;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.kring.system.Http;
import org.kring.system.Http.Response;
import org.kring.system.SystemTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The session and form-token cookies, and the form token itself.
 */
@SystemTest
class CookieAndFormTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	private Http http;

	@Test
	void sessionCookieIsHttpOnlyAndSameSiteLaxButNotSecureOverPlainHttp() throws IOException {
		String cookie = this.http.get("/test/session").cookie("KRING_SESSION").orElseThrow();
		assertThat(cookie).contains("; HttpOnly", "; SameSite=Lax", "; Path=/").doesNotContain("Secure");
	}

	@Test
	void sessionCookieIsSecureBehindAnHttpsProxy() throws IOException {
		String cookie = this.http.get("/test/session", "X-Forwarded-Proto: https")
			.cookie("KRING_SESSION")
			.orElseThrow();
		assertThat(cookie).contains("; Secure", "; HttpOnly", "; SameSite=Lax");
	}

	@Test
	void sessionCookieIsSecureOverHttps() throws Exception {
		MvcResult result = this.mvc.perform(get("/test/session").secure(true)).andReturn();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).filteredOn((c) -> c.startsWith("KRING_SESSION="))
			.singleElement()
			.asString()
			.contains("; Secure", "; HttpOnly", "; SameSite=Lax");
	}

	@Test
	void formTokenCookieIsHttpOnlyAndSameSiteLaxAndSecureOverHttps() throws IOException {
		assertThat(this.http.get("/").cookie("KRING_CSRF")).get()
			.asString()
			.contains("; HttpOnly", "; SameSite=Lax")
			.doesNotContain("Secure");
		assertThat(this.http.get("/", "X-Forwarded-Proto: https").cookie("KRING_CSRF")).get()
			.asString()
			.contains("; Secure", "; HttpOnly", "; SameSite=Lax");
	}

	@Test
	void readingAPublicPageCreatesNoSession() throws IOException {
		Response home = this.http.get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("name=\"_csrf\"");
		assertThat(home.cookie("KRING_SESSION")).isEmpty();
	}

	@Test
	void formWithItsTokenIsAccepted() throws IOException {
		Http.FormToken token = this.http.formToken();
		Response response = this.http.post("/test/post", "_csrf=" + token.value(), token.cookieHeader());
		assertThat(response.status()).isEqualTo(302);
	}

	@Test
	void formWithoutTokenIsRefused() throws IOException {
		Response response = this.http.post("/test/post", "", "Accept-Language: en");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).contains("You may not do this");
	}

	@Test
	void formWithATokenButNotItsCookieIsRefused() throws IOException {
		Http.FormToken token = this.http.formToken();
		Response response = this.http.post("/test/post", "_csrf=" + token.value());
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void formWithAForgedTokenIsRefused() throws Exception {
		Http.FormToken token = this.http.formToken();
		Response response = this.http.post("/test/post", "_csrf=forged", token.cookieHeader());
		assertThat(response.status()).isEqualTo(403);
		assertThat(this.mvc.perform(post("/test/post")).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

}
