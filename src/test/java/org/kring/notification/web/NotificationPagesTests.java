package org.kring.notification.web;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.notification.NotificationTestSupport;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bell, the list {@code /notifications}, marking read and the preferences: each
 * person reaches their own only.
 */
class NotificationPagesTests extends NotificationTestSupport {

	TestPrincipal mila;

	TestPrincipal noah;

	@BeforeEach
	void people() {
		this.mila = member("Mila");
		this.noah = member("Noah");
	}

	@Test
	void aVisitorIsSentToSignIn() throws Exception {
		for (String path : new String[] { "/notifications", "/notifications/preferences",
				"/notifications/" + UUID.randomUUID() }) {
			get(path, null).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void thePersonSeesTheirOwnNotificationsNewestFirstWithTheBellCount() throws Exception {
		notification(this.mila, "Older evening");
		notification(this.mila, "Newer evening");
		notification(this.noah, "Noah's evening");

		String list = page("/notifications", this.mila);

		assertThat(list).contains("A meeting is planned in Riverside network: Newer evening");
		assertThat(list.indexOf("Newer evening")).isLessThan(list.indexOf("Older evening"));
		assertThat(list).doesNotContain("Noah");
		assertThat(list).contains("<span class=\"bell-count\">2<");
		assertThat(page("/", this.noah)).contains("<span class=\"bell-count\">1<");
	}

	@Test
	void theTextIsInTheReadersLanguage() throws Exception {
		notification(this.mila, "Huurspreekuur");

		assertThat(page("/notifications", this.mila.speaking(Locale.forLanguageTag("nl"))))
			.contains("Er is een bijeenkomst gepland in Riverside network: Huurspreekuur");
	}

	@Test
	void followingANotificationMarksItReadAndLeadsToItsSubject() throws Exception {
		UUID id = notification(this.mila, "Rent clinic");
		String link = this.jdbc.queryForObject("select link from notification where id = ?", String.class, id);

		get("/notifications/" + id, this.mila).andExpect(redirectedUrl(link));

		assertThat(unread(this.mila)).isZero();
		assertThat(page("/notifications", this.mila)).doesNotContain("bell-count").doesNotContain("Mark all as read");
	}

	@Test
	void markingOneOrAllReadLowersTheCount() throws Exception {
		UUID first = notification(this.mila, "First");
		notification(this.mila, "Second");
		notification(this.mila, "Third");

		post("/notifications/" + first + "/read", this.mila).andExpect(redirectedUrl("/notifications"));
		assertThat(unread(this.mila)).isEqualTo(2);
		assertThat(page("/notifications", this.mila)).contains("<span class=\"bell-count\">2<");

		post("/notifications/read", this.mila).andExpect(redirectedUrl("/notifications"));
		assertThat(unread(this.mila)).isZero();
	}

	@Test
	void anotherPersonsNotificationIsNotFoundAndStaysUnread() throws Exception {
		UUID noahs = notification(this.noah, "Noah's evening");

		get("/notifications/" + noahs, this.mila).andExpect(status().isNotFound());
		post("/notifications/" + noahs + "/read", this.mila).andExpect(status().isNotFound());
		post("/notifications/not-an-id/read", this.mila).andExpect(status().isNotFound());

		assertThat(unread(this.noah)).isEqualTo(1);
	}

	@Test
	void theListShowsTwentyAPageAndAsManyQueriesForFortyAsForThree() throws Exception {
		for (int i = 0; i < 3; i++) {
			notification(this.mila, "Evening " + i);
		}
		SqlStatements.Recorded three = SqlStatements
			.count(() -> get("/notifications", this.mila).andExpect(status().isOk()));
		for (int i = 3; i < 40; i++) {
			notification(this.mila, "Evening " + i);
		}
		SqlStatements.Recorded forty = SqlStatements
			.count(() -> get("/notifications", this.mila).andExpect(status().isOk()));

		assertThat(three.count()).as(three::describe).isBetween(1, 6);
		assertThat(forty.count()).as(forty::describe).isEqualTo(three.count());
		String first = page("/notifications", this.mila);
		assertThat(first).contains("Evening 39").contains("Evening 20").doesNotContain("Evening 19<");
		assertThat(first).contains("Page 1 of 2").contains("href=\"/notifications?page=2\"");
		assertThat(page("/notifications?page=2", this.mila)).contains("Evening 19<").contains("Evening 0<");
	}

	@Test
	void preferencesAreSavedForThePersonsCommunities() throws Exception {
		TestPrincipal farida = member("Farida");
		UUID community = community("MEMBERS_ONLY", farida, this.mila);

		String form = page("/notifications/preferences", this.mila);
		assertThat(form).contains("id=\"email-WEEKLY\" name=\"email\" value=\"WEEKLY\" checked")
			.contains(
					"id=\"level-" + community + "-NORMAL\" name=\"level-" + community + "\" value=\"NORMAL\" checked");

		post("/notifications/preferences", this.mila, "email", "DAILY", "level-" + community, "MUTED")
			.andExpect(redirectedUrl("/notifications/preferences"));

		assertThat(this.jdbc.queryForObject("select email_mode from notification_preference where person_id = ?",
				String.class, this.mila.id()))
			.isEqualTo("DAILY");
		assertThat(this.jdbc.queryForObject(
				"select level from notification_level where person_id = ? and community_id = ?", String.class,
				this.mila.id(), community))
			.isEqualTo("MUTED");
		assertThat(page("/notifications/preferences", this.mila)).contains("value=\"DAILY\" checked")
			.contains("value=\"MUTED\" checked");
	}

	@Test
	void aChoiceThatIsNoneOfTheOptionsIsRefusedNextToItsField() throws Exception {
		TestPrincipal farida = member("Farida");
		UUID community = community("MEMBERS_ONLY", farida, this.mila);

		String body = post("/notifications/preferences", this.mila, "email", "HOURLY", "level-" + community, "LOUD")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).contains("id=\"email-error\"")
			.contains("Choose how you want your notifications by e-mail.")
			.contains("id=\"level-" + community + "-error\"")
			.contains("Choose watching, normal or muted.");
		assertThat(this.jdbc.queryForObject("select count(*) from notification_preference where person_id = ?",
				Integer.class, this.mila.id()))
			.isZero();
	}

	private String page(String path, TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private int unread(TestPrincipal person) {
		return this.jdbc.queryForObject("select count(*) from notification where recipient_id = ? and read_at is null",
				Integer.class, person.id());
	}

}
