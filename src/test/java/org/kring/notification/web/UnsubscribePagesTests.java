package org.kring.notification.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.notification.NotificationTestSupport;
import org.kring.notification.internal.EmailMode;
import org.kring.notification.internal.Preferences;
import org.kring.system.TestPrincipal;
import org.kring.system.security.LinkSecrets;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one-click unsubscribe link of notification mails: a mail program posts to it
 * without a sign-in or a form token, opening it only offers the button, a link used
 * before changes nothing, and an unknown one is answered with 404 and says so. Mila, on a
 * daily digest, got a mail with the link.
 */
class UnsubscribePagesTests extends NotificationTestSupport {

	@Autowired
	Preferences preferences;

	TestPrincipal mila;

	String link;

	@BeforeEach
	void aMailWithALink() {
		this.mila = member("Mila");
		this.preferences.save(this.mila.id(), EmailMode.DAILY, Map.of());
		String secret = LinkSecrets.newSecret();
		this.jdbc.update("insert into notification_unsubscribe (secret_hash, person_id, created_at) values (?, ?, ?)",
				LinkSecrets.hash(secret), this.mila.id(), Timestamp.from(Instant.now()));
		this.link = "/notifications/unsubscribe/" + secret;
	}

	@Test
	void aMailProgramsOneClickPostUnsubscribesWithoutSignInOrFormToken() throws Exception {
		String page = oneClick(this.link).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		// no language asked for: the instance's
		assertThat(page).contains("Je krijgt geen e-mails over meldingen meer");
		assertThat(mode()).isEqualTo(EmailMode.NONE);
		assertThat(get("/notifications/preferences", this.mila).andReturn().getResponse().getContentAsString())
			.contains("id=\"email-NONE\" name=\"email\" value=\"NONE\" checked");
	}

	@Test
	void openingTheLinkOnlyOffersTheButtonWhichUnsubscribes() throws Exception {
		String page = get(this.link, null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Stop notification e-mails?")
			.contains("<form method=\"post\" action=\"" + this.link + "\">")
			.contains("<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">")
			.contains("Stop notification e-mails</button>");
		assertThat(mode()).isEqualTo(EmailMode.DAILY);

		assertThat(this.mvc.perform(MockMvcRequestBuilders.get(this.link).header("Accept-Language", "nl"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("E-mails over meldingen stoppen?");
	}

	@Test
	void aLinkUsedBeforeChangesNothing() throws Exception {
		oneClick(this.link).andExpect(status().isOk());
		this.preferences.save(this.mila.id(), EmailMode.WEEKLY, Map.of());

		String again = oneClick(this.link).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String opened = get(this.link, null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(again).contains("Je was al afgemeld").contains("er is nu niets veranderd");
		assertThat(opened).contains("You were already unsubscribed").doesNotContain("name=\"List-Unsubscribe\"");
		assertThat(mode()).isEqualTo(EmailMode.WEEKLY);
	}

	@Test
	void anUnknownOrMalformedLinkIsNotFoundAndSaysSo() throws Exception {
		for (String path : new String[] { "/notifications/unsubscribe/" + LinkSecrets.newSecret(),
				"/notifications/unsubscribe/not-a-secret", this.link + "x" }) {
			assertThat(get(path, null).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString())
				.contains("Unknown unsubscribe link");
			assertThat(oneClick(path).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString())
				.contains("Onbekende afmeldlink");
		}
		assertThat(mode()).isEqualTo(EmailMode.DAILY);
	}

	@Test
	void theOtherNotificationPagesStillAskForASignInAndAFormToken() throws Exception {
		get("/notifications/preferences", null).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(as(MockMvcRequestBuilders.post("/notifications/preferences"), this.mila).param("email", "NONE"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(MockMvcRequestBuilders.post("/notifications/read")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED))
			.andExpect(status().isForbidden());
		assertThat(mode()).isEqualTo(EmailMode.DAILY);
	}

	@Test
	void theLinksPagesTakeAFixedNumberOfQueries() throws Exception {
		for (int i = 0; i < 30; i++) {
			notification(this.mila, "Evening " + i);
		}
		SqlStatements.Recorded opened = SqlStatements.count(() -> get(this.link, null).andExpect(status().isOk()));
		SqlStatements.Recorded posted = SqlStatements.count(() -> oneClick(this.link).andExpect(status().isOk()));
		SqlStatements.Recorded again = SqlStatements.count(() -> oneClick(this.link).andExpect(status().isOk()));

		assertThat(opened.count()).as(opened::describe).isEqualTo(1);
		assertThat(posted.count()).as(posted::describe).isBetween(3, 4);
		assertThat(again.count()).as(again::describe).isEqualTo(2);
	}

	/**
	 * Posts as a mail program does (RFC 8058): no session, no form token, no language.
	 */
	private ResultActions oneClick(String path) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click"));
	}

	private EmailMode mode() {
		return this.preferences.emailMode(this.mila.id());
	}

}
