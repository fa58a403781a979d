package org.kring;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.kring.system.Http;
import org.kring.system.Http.Response;
import org.kring.system.SystemTest;
import org.kring.system.mail.Mailer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as production runs it (no profile): it starts, serves its home page in
 * the right language with its own stylesheet and script, and has no development pages.
 */
@SystemTest
class KringApplicationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	private Http http;

	@Test
	void homePageIsInDutchByDefault() throws IOException {
		Response home = this.http.get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"nl\" dir=\"ltr\">", "Welkom bij Kring");
	}

	@Test
	void homePageIsInEnglishForAnEnglishBrowser() throws IOException {
		Response home = this.http.get("/", "Accept-Language: en-US,en;q=0.9");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"en\" dir=\"ltr\">", "Welcome to Kring");
	}

	@Test
	void htmxIsServedFromTheApplicationItself() throws IOException {
		assertThat(this.http.get("/").body()).contains("<script src=\"/webjars/htmx.org/dist/htmx.min.js\" defer>");
		Response htmx = this.http.get("/webjars/htmx.org/dist/htmx.min.js");
		assertThat(htmx.status()).isEqualTo(200);
		assertThat(htmx.header("Content-Type")).singleElement().asString().contains("javascript");
		assertThat(htmx.body()).contains("htmx");
	}

	@Test
	void stylesheetIsServed() throws IOException {
		assertThat(this.http.get("/").body()).contains("<link rel=\"stylesheet\" href=\"/css/kring.css\">");
		Response css = this.http.get("/css/kring.css");
		assertThat(css.status()).isEqualTo(200);
		assertThat(css.header("Content-Type")).singleElement().asString().startsWith("text/css");
		assertThat(css.body()).contains(":focus-visible", "@media print");
	}

	@Test
	void pagesReferNoOtherOrigin() throws IOException {
		assertThat(this.http.get("/").body()).doesNotContain("http://", "https://", "//cdn", "fonts.");
	}

	@Test
	void developmentOutboxDoesNotExist() throws IOException {
		assertThat(this.context.getBean(Mailer.class).getClass().getSimpleName()).isEqualTo("SmtpMailer");
		assertThat(this.context.getBeanNamesForType(org.kring.system.mail.DevOutbox.class)).isEmpty();
		assertThat(this.context.containsBean("devOutboxController")).isFalse();
		assertThat(this.http.get("/dev/mail").status()).isEqualTo(404);
		assertThat(this.http.get("/").body()).doesNotContain("/dev/mail");
	}

}
