package org.kring.site;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kring.meeting.UpcomingMeeting;
import org.kring.meeting.UpcomingMeetings;
import org.kring.system.KringPrincipal;
import org.kring.system.TestPrincipal;
import org.kring.system.security.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(HomeController.class)
@Import(SecurityConfiguration.class)
class HomeControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	UpcomingMeetings upcoming;

	@Test
	void homePageListsTheUpcomingPublicMeetingsWithTheirCommunityWhenKnown() throws Exception {
		ZonedDateTime start = ZonedDateTime.of(2027, 1, 12, 19, 30, 0, 0, ZoneId.of("Europe/Brussels"));
		UUID seminar = UUID.randomUUID();
		given(this.upcoming.publicOnes(HomeController.UPCOMING)).willReturn(
				List.of(new UpcomingMeeting(seminar, "Open seminar <on> diplomas", null, start, "Women newcomers"),
						new UpcomingMeeting(UUID.randomUUID(), "Maaksessie", "Onderdak", start.plusMonths(2), null)));
		String page = this.mvc.perform(get("/").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Upcoming meetings", "href=\"/meetings/" + seminar + "\"",
				"Open seminar &lt;on&gt; diplomas", "Women newcomers", "Jan 12, 2027",
				"datetime=\"2027-01-12T19:30+01:00\"", "href=\"/calendar\"");
		assertThat(page).doesNotContain("No public meetings are planned yet.");
	}

	@Test
	void homePageSaysSoWhenNoPublicMeetingIsPlanned() throws Exception {
		given(this.upcoming.publicOnes(HomeController.UPCOMING)).willReturn(List.of());
		String page = this.mvc.perform(get("/").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("No public meetings are planned yet.").doesNotContain("href=\"/meetings/");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			nl | ltr | Welkom bij Kring           | Privacy eerst         | Naar de hoofdinhoud
			en | ltr | Welcome to Kring           | Privacy first         | Skip to main content
			fr | ltr | Bienvenue sur Kring        | La vie privée d’abord | Aller au contenu principal
			ar | rtl | مرحبًا بك في Kring | الخصوصية أولًا        | انتقل إلى المحتوى الرئيسي
			""")
	void homePageSpeaksEveryOfferedLanguage(String language, String direction, String heading, String privacy,
			String skipLink) throws Exception {
		String page = this.mvc.perform(get("/").header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<html lang=\"" + language + "\" dir=\"" + direction + "\">", heading, privacy,
				skipLink);
		assertThat(page).as("no message key left untranslated").doesNotContainPattern("(home|layout)\\.[a-z]+");
	}

	@Test
	void homePageHasTheLandmarksAndTheLanguageSwitcher() throws Exception {
		String page = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<a class=\"skip-link\" href=\"#main\">", "<header", "<nav aria-label=",
				"<main id=\"main\"", "<footer", "<form method=\"post\" action=\"/language\"",
				"name=\"lang\" value=\"ar\" lang=\"ar\"", "<input type=\"hidden\" name=\"_csrf\"",
				"<input type=\"hidden\" name=\"return\" value=\"/\">");
		assertThat(page).contains("name=\"lang\" value=\"nl\" lang=\"nl\" class=\"link\" aria-current=\"true\"");
		assertThat(page).as("no inline script or style").doesNotContain("<script>", "style=\"", "onclick");
	}

	@Test
	void languageSwitcherReturnsToThePageWithItsQuery() throws Exception {
		String page = this.mvc.perform(get("/").queryParam("page", "2")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<input type=\"hidden\" name=\"return\" value=\"/?page=2\">");
	}

	@Test
	void signedInPersonIsGreetedInTheirOwnLanguageByTheirEscapedName() throws Exception {
		KringPrincipal person = TestPrincipal.member("<Robin & Sam>").speaking(Locale.of("ar"));
		String page = this.mvc
			.perform(get("/").header("Accept-Language", "en")
				.with(authentication(UsernamePasswordAuthenticationToken.authenticated(person, null, List.of()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("<html lang=\"ar\" dir=\"rtl\">", "مرحبًا، <bdi>&lt;Robin &amp; Sam&gt;</bdi>",
					"action=\"/logout\"")
			.doesNotContain("<Robin", "href=\"/signup\"");
	}

	@Test
	void anonymousVisitorIsInvitedToSignUp() throws Exception {
		String page = this.mvc.perform(get("/").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/signup\"", "href=\"/login\"").doesNotContain("/dev/mail");
	}

}
