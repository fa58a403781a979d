package org.kring.system.mail;

import org.junit.jupiter.api.Test;
import org.kring.system.security.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.MethodMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The development outbox page, with the {@code dev} profile.
 */
@WebMvcTest(DevOutboxController.class)
@Import({ SecurityConfiguration.class, MailConfiguration.class })
@ActiveProfiles("dev")
class DevOutboxControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Mailer mailer;

	@Test
	@DirtiesContext(methodMode = MethodMode.BEFORE_METHOD)
	void emptyOutboxSaysSo() throws Exception {
		String page = this.mvc.perform(get("/dev/mail").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Development outbox", "No e-mail has been sent yet.").doesNotContain("<table>");
	}

	@Test
	void listsEveryMailWithItsFullTextAndClickableLinks() throws Exception {
		this.mailer.send(new OutgoingMail("amira@example.org", "Bevestig je adres",
				"Hallo Amira,\n\nBevestig je adres: https://kring.example/verify?token=a1&x=2\n\n<script>alert(1)</script>"));
		this.mailer.send(new OutgoingMail("jan@example.org", "Later <b>vet</b>", "Tot dinsdag."));
		String page = this.mvc.perform(get("/dev/mail"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<html lang=\"nl\"", "Uitgaande post (ontwikkeling)", "amira@example.org",
				"Bevestig je adres", "jan@example.org", "Later &lt;b&gt;vet&lt;/b&gt;");
		assertThat(page).contains(
				"<a href=\"https://kring.example/verify?token=a1&amp;x=2\">https://kring.example/verify?token=a1&amp;x=2</a>");
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		assertThat(page.indexOf("jan@example.org")).as("newest first").isLessThan(page.indexOf("amira@example.org"));
		assertThat(page).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
	}

	@Test
	void layoutLinksToTheOutboxInDevelopment() throws Exception {
		String page = this.mvc.perform(get("/dev/mail").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<a href=\"/dev/mail\">Development outbox</a>");
	}

}
