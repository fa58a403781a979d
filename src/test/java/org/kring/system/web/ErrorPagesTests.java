package org.kring.system.web;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kring.system.Http;
import org.kring.system.Http.Response;
import org.kring.system.SystemTest;
import org.kring.system.security.SecurityHeaders;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages as a browser gets them from the running server, including the ones the
 * servlet container and the security filter chain produce before any controller runs.
 */
@SystemTest
class ErrorPagesTests {

	private static final List<String> GIVEAWAYS = List.of("Spring", "Tomcat", "Whitelabel", "Exception", "java.",
			"Apache", "at org.");

	@Autowired
	private Http http;

	@Test
	void missingPageIsExplainedInDutchByDefault() throws IOException {
		Response response = this.http.get("/no-such-page");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"nl\" dir=\"ltr\">", "Pagina niet gevonden", "Foutcode 404");
		assertIsKringsOwnPage(response);
	}

	@Test
	void languageSwitcherOnAnErrorPageReturnsToTheAddressThatFailed() throws IOException {
		Response response = this.http.get("/no-such-page?x=1");
		assertThat(response.body()).contains("<input type=\"hidden\" name=\"return\" value=\"/no-such-page\">")
			.contains("<input type=\"hidden\" name=\"_csrf\"");
	}

	@Test
	void missingPageIsExplainedInTheBrowsersLanguage() throws IOException {
		Response response = this.http.get("/no-such-page", "Accept-Language: en-GB,en;q=0.8");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"en\" dir=\"ltr\">", "Page not found");
	}

	@Test
	void arabicErrorPageReadsRightToLeft() throws IOException {
		Response response = this.http.get("/no-such-page", "Accept-Language: ar");
		assertThat(response.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "الصفحة غير موجودة");
	}

	@Test
	void languageChosenWithTheSwitcherBeatsTheBrowsers() throws IOException {
		Response response = this.http.get("/no-such-page", "Accept-Language: en", "Cookie: kring_lang=fr");
		assertThat(response.body()).contains("<html lang=\"fr\"", "Page introuvable");
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			GET  | /test/number?value=abc  | 400 | Dit verzoek is niet te begrijpen
			GET  | /test/number            | 400 | Dit verzoek is niet te begrijpen
			GET  | /%zz                    | 400 | Dit verzoek is niet te begrijpen
			GET  | /a%2fb                  | 400 | Dit verzoek is niet te begrijpen
			GET  | /a//b                   | 400 | Dit verzoek is niet te begrijpen
			GET  | /a/%2e%2e/b             | 400 | Dit verzoek is niet te begrijpen
			POST | /language               | 403 | Dit mag je niet doen
			GET  | /actuator/env           | 403 | Dit mag je niet doen
			GET  | /language               | 405 | Dat werkt hier niet
			PUT  | /test/number            | 403 | Dit mag je niet doen
			GET  | /test/throttled         | 429 | Te veel pogingen
			GET  | /test/failure           | 500 | Er ging bij ons iets mis
			""")
	void everyErrorGetsKringsPageInThePersonsLanguage(String method, String target, int status, String title)
			throws IOException {
		Response response = this.http.send(method, target, method.equals("GET") ? null : "");
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.body()).contains("<html lang=\"nl\" dir=\"ltr\">", title,
				"<a href=\"/\">Naar de startpagina</a>");
		assertIsKringsOwnPage(response);
	}

	@Test
	void requestTheContainerCannotDecodeGetsThePageInThePersonsLanguage() throws IOException {
		Response response = this.http.get("/%zz", "Accept-Language: ar");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "تعذر فهم هذا الطلب");
		assertIsKringsOwnPage(response);
	}

	@Test
	void malformedFormOnARealPageIsABadRequest() throws IOException {
		Http.FormToken token = this.http.formToken();
		Response response = this.http.post("/language", "_csrf=" + token.value() + "&return=/", token.cookieHeader(),
				"Accept-Language: en");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("That request could not be understood");
		assertIsKringsOwnPage(response);
	}

	@Test
	void serverErrorShowsNoTraceOfTheProblem() throws IOException {
		Response response = this.http.get("/test/failure", "Accept-Language: en");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.body()).contains("Something went wrong on our side")
			.doesNotContain("this must not reach the page", "IllegalStateException", "Caused by");
		assertIsKringsOwnPage(response);
	}

	private static void assertIsKringsOwnPage(Response response) {
		assertThat(response.header("Content-Type")).singleElement()
			.satisfies((type) -> assertThat(type).startsWithIgnoringCase("text/html"));
		assertThat(response.body()).startsWith("<!DOCTYPE html>")
			.contains("<link rel=\"stylesheet\" href=\"/css/kring.css\">");
		for (String giveaway : GIVEAWAYS) {
			assertThat(response.body()).as("body names %s", giveaway).doesNotContain(giveaway);
			assertThat(String.join("\n", response.headerLines())).as("headers name %s", giveaway)
				.doesNotContain(giveaway);
		}
		assertThat(response.header("Content-Security-Policy")).as("security headers on the error page")
			.containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(response.header("X-Content-Type-Options")).containsExactly("nosniff");
	}

}
