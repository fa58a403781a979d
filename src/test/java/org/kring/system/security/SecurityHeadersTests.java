package org.kring.system.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kring.system.Http;
import org.kring.system.Http.Response;
import org.kring.system.SystemTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers, on every kind of response the running server gives.
 */
@SystemTest
class SecurityHeadersTests {

	@Autowired
	private Http http;

	@Test
	void pageCarriesTheSecurityHeaders() throws IOException {
		Response response = this.http.get("/");
		assertThat(response.status()).isEqualTo(200);
		assertSecurityHeaders(response);
	}

	@Test
	void errorPageCarriesTheSecurityHeaders() throws IOException {
		Response response = this.http.get("/no-such-page");
		assertThat(response.status()).isEqualTo(404);
		assertSecurityHeaders(response);
	}

	@Test
	void staticFilesCarryTheSecurityHeaders() throws IOException {
		Response css = this.http.get("/css/kring.css");
		assertThat(css.status()).isEqualTo(200);
		assertThat(css.header("Content-Type")).singleElement().asString().startsWith("text/css");
		assertSecurityHeaders(css);
		Response script = this.http.get("/webjars/htmx.org/dist/htmx.min.js");
		assertThat(script.status()).isEqualTo(200);
		assertSecurityHeaders(script);
	}

	@Test
	void redirectAfterAFormCarriesTheSecurityHeaders() throws IOException {
		Http.FormToken token = this.http.formToken();
		Response response = this.http.post("/language", "_csrf=" + token.value() + "&lang=en&return=/",
				token.cookieHeader());
		assertThat(response.status()).isEqualTo(303);
		assertThat(response.header("Location")).singleElement().asString().endsWith("/");
		assertSecurityHeaders(response);
	}

	@Test
	void requestsRefusedBeforeAnyControllerCarryTheSecurityHeaders() throws IOException {
		assertSecurityHeaders(this.http.get("/a//b"));
		assertSecurityHeaders(this.http.get("/%zz"));
		assertSecurityHeaders(this.http.send("TRACE", "/", null));
	}

	@Test
	void healthCheckCarriesTheSecurityHeaders() throws IOException {
		assertSecurityHeaders(this.http.get("/actuator/health"));
	}

	@Test
	void contentSecurityPolicyAllowsOnlyThisSite() {
		List<String> sources = Arrays.stream(SecurityHeaders.CONTENT_SECURITY_POLICY.split(";"))
			.map(String::strip)
			.flatMap((directive) -> Arrays.stream(directive.split(" ")).skip(1))
			.toList();
		assertThat(sources).isNotEmpty().allMatch((source) -> List.of("'self'", "'none'").contains(source));
		assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("default-src 'self'", "script-src 'self'",
				"frame-ancestors 'none'", "object-src 'none'");
	}

	private static void assertSecurityHeaders(Response response) {
		assertThat(response.header("Content-Security-Policy")).singleElement().satisfies((csp) -> {
			assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval", "*", "http:", "https:");
		});
		assertThat(response.header("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.header("X-Frame-Options")).containsExactly("DENY");
		assertThat(response.header("Referrer-Policy")).containsExactly("same-origin");
	}

}
