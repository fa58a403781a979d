package org.kring.meeting.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.Theme;
import org.kring.meeting.internal.ThemeAgenda;
import org.kring.meeting.internal.ThemeProposal;
import org.kring.meeting.internal.ThemeState;
import org.kring.meeting.internal.Themes;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The theme agenda page: who may read it and who may do what on it, bad input answered
 * with 422 and the message next to the field, its text in every language, the community
 * page's section, and as many SQL statements for 10 themes as for 200.
 */
class AgendaPageTests extends MeetingTestSupport {

	@Autowired
	ThemeAgenda agenda;

	@Autowired
	Themes themes;

	@Test
	void readersSeeTheAgendaOfAMembersOnlyCommunityAndOthersGetNotFound() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		Theme theme = propose(cast, cast.member, "Rent allowances for newcomers");
		String path = agendaPath(cast);

		assertThat(page(path, cast.member)).contains("Rent allowances for newcomers")
			.contains("· one supporter<")
			.contains("action=\"" + path + "\"")
			.contains(path + "/" + theme.id() + "/withdraw")
			.doesNotContain(path + "/" + theme.id() + "/decline");
		assertThat(page(path, cast.facilitator)).contains(path + "/" + theme.id() + "/decline")
			.contains(path + "/" + theme.id() + "/support");
		assertThat(page(path, cast.administrator)).contains(path + "/" + theme.id() + "/decline")
			.doesNotContain("action=\"" + path + "\"")
			.doesNotContain(path + "/" + theme.id() + "/support");
		get(path, cast.outsider).andExpect(status().isNotFound());
		get(path, null).andExpect(status().isNotFound());
		get("/communities/no-such-community/agenda", cast.member).andExpect(status().isNotFound());
	}

	@Test
	void visitorsReadTheAgendaOfAPublicCommunityWithoutForms() throws Exception {
		Cast cast = cast("PUBLIC");
		propose(cast, cast.member, "Rent allowances for newcomers");

		String page = page(agendaPath(cast), null);
		assertThat(page).contains("Rent allowances for newcomers").doesNotContain("method=\"post\" action=\"/comm");
		assertThat(page(agendaPath(cast), cast.outsider)).doesNotContain("method=\"post\" action=\"/comm");
	}

	@Test
	void onlyMembersProposeAndSupport() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		String path = agendaPath(cast);
		Theme theme = propose(cast, cast.facilitator, "Interpreters at the counter");

		post(path, null, "title", "By a visitor").andExpect(redirectedUrl("/login"));
		post(path, cast.outsider, "title", "By an outsider").andExpect(status().isNotFound());
		post(path, cast.administrator, "title", "By an administrator").andExpect(status().isForbidden());
		post(path, cast.member, "title", "By a member").andExpect(redirectedUrl(path));
		assertThat(titles(cast)).containsExactlyInAnyOrder("Interpreters at the counter", "By a member");

		String support = path + "/" + theme.id() + "/support";
		post(support, null).andExpect(redirectedUrl("/login"));
		post(support, cast.outsider).andExpect(status().isNotFound());
		post(support, cast.administrator).andExpect(status().isForbidden());
		post(support, cast.member).andExpect(redirectedUrl(path));
		String withdraw = path + "/" + theme.id() + "/withdraw";
		post(withdraw, cast.outsider).andExpect(status().isNotFound());
		post(withdraw, cast.administrator).andExpect(status().isForbidden());
		assertThat(count(theme)).isEqualTo(2);
		post(withdraw, cast.facilitator).andExpect(redirectedUrl(path));
		assertThat(count(theme)).isEqualTo(1);

		Cast open = cast("PUBLIC");
		post(agendaPath(open), cast.outsider, "title", "Outsider").andExpect(status().isForbidden());
	}

	@Test
	void onlyFacilitatorsAndAdministratorsScheduleMergeAndDecline() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		String path = agendaPath(cast);
		Theme first = propose(cast, cast.member, "Rent allowances for newcomers");
		Theme second = propose(cast, cast.member, "Housing allowances");
		Theme third = propose(cast, cast.member, "Parking");
		Meeting meeting = this.fixtures.meeting(cast.community, cast.facilitator, "March meeting");
		String schedule = path + "/" + first.id() + "/schedule";
		String merge = path + "/" + second.id() + "/merge";
		String decline = path + "/" + third.id() + "/decline";

		for (TestPrincipal denied : List.of(cast.member)) {
			post(schedule, denied, "meeting", meeting.id().toString()).andExpect(status().isForbidden());
			post(merge, denied, "into", first.id().toString()).andExpect(status().isForbidden());
			post(decline, denied, "declineReason", "No").andExpect(status().isForbidden());
		}
		post(schedule, cast.outsider, "meeting", meeting.id().toString()).andExpect(status().isNotFound());
		post(merge, cast.outsider, "into", first.id().toString()).andExpect(status().isNotFound());
		post(decline, cast.outsider, "declineReason", "No").andExpect(status().isNotFound());
		post(decline, null, "declineReason", "No").andExpect(redirectedUrl("/login"));
		assertThat(states(cast)).containsOnly(ThemeState.PROPOSED);

		post(schedule, cast.facilitator, "meeting", meeting.id().toString()).andExpect(redirectedUrl(path));
		post(merge, cast.administrator, "into", first.id().toString()).andExpect(redirectedUrl(path));
		post(decline, cast.facilitator, "declineReason", "Not our domain").andExpect(redirectedUrl(path));
		assertThat(this.themes.findById(first.id()).orElseThrow().state()).isEqualTo(ThemeState.SCHEDULED);
		assertThat(this.themes.findById(second.id()).orElseThrow().state()).isEqualTo(ThemeState.MERGED);
		assertThat(this.themes.findById(third.id()).orElseThrow().state()).isEqualTo(ThemeState.DECLINED);

		post(path + "/" + first.id() + "/unschedule", cast.member).andExpect(status().isForbidden());
		post(path + "/" + first.id() + "/unschedule", cast.administrator).andExpect(redirectedUrl(path));
		assertThat(this.themes.findById(first.id()).orElseThrow().state()).isEqualTo(ThemeState.PROPOSED);
		post(path + "/not-an-id/support", cast.member).andExpect(status().isNotFound());
		post(path + "/" + UUID.randomUUID() + "/support", cast.member).andExpect(status().isNotFound());
	}

	@Test
	void theAgendaShowsScheduledMergedAndDeclinedThemesInTheirSections() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		Theme scheduled = propose(cast, cast.member, "Rent allowances for newcomers");
		Theme merged = propose(cast, cast.member, "Housing allowances");
		Theme declined = propose(cast, cast.member, "Parking");
		Meeting meeting = this.fixtures.meeting(cast.community, cast.facilitator, "March meeting");
		this.agenda.schedule(cast.facilitator, cast.community, scheduled.id(), meeting.id());
		this.agenda.merge(cast.facilitator, cast.community, merged.id(), scheduled.id());
		this.agenda.decline(cast.facilitator, cast.community, declined.id(), "Not within our domain");

		String page = page(agendaPath(cast), cast.member);
		assertThat(page).contains("Scheduled for")
			.contains("href=\"/meetings/" + meeting.id() + "\"")
			.contains("Merged into “Rent allowances for newcomers”.")
			.contains("Not within our domain")
			.contains("No theme has been proposed yet.");
		assertThat(page.indexOf("Scheduled and treated")).isLessThan(page.indexOf("Merged and declined"));
		assertThat(page(agendaPath(cast), cast.facilitator)).doesNotContain("<option value=\"" + meeting.id());
	}

	@Test
	void badInputComesBackWithTheMessageNextToTheFieldAndWhatWasTyped() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		String path = agendaPath(cast);

		String page = post(path, cast.member, "title", " ", "reason", "Landlords refuse allowances", "link",
				"javascript:alert(1)")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"title-error\">Give the theme a title.")
			.contains("id=\"link-error\">Give a web address starting with http:// or https://")
			.contains(">Landlords refuse allowances</textarea>")
			.contains("value=\"javascript:alert(1)\"");
		assertThat(titles(cast)).isEmpty();

		Theme theme = propose(cast, cast.member, "Parking");
		String id = theme.id().toString();
		page = post(path + "/" + id + "/decline", cast.facilitator, "declineReason", "x".repeat(1001))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"declineReason-" + id + "-error\">The reason can be at most 1000")
			.contains(">" + "x".repeat(1001) + "</textarea>");
		page = post(path + "/" + id + "/merge", cast.facilitator, "into", id)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"into-" + id + "-error\">A theme cannot be merged into itself.");
		Meeting past = this.fixtures.meeting(cast.community, cast.facilitator,
				MeetingFixtures.details("Last month", -3, 20, false));
		page = post(path + "/" + id + "/schedule", cast.facilitator, "meeting", past.id().toString())
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"meeting-" + id + "-error\">That meeting has already started.");
		page = post(path + "/" + id + "/support", cast.member).andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"support-" + id + "-error\">You already support this theme.");
		assertThat(this.themes.findById(theme.id()).orElseThrow().state()).isEqualTo(ThemeState.PROPOSED);
	}

	@Test
	void theAgendaSpeaksEachLanguage() throws Exception {
		Cast cast = cast("PUBLIC");
		propose(cast, cast.member, "Rent allowances");
		assertThat(pageIn(agendaPath(cast), Locale.ENGLISH)).contains("Theme agenda of").contains("Proposed themes");
		assertThat(pageIn(agendaPath(cast), Locale.of("nl"))).contains("Thema-agenda van")
			.contains("Voorgestelde thema’s")
			.contains("· één steunbetuiging<");
		assertThat(pageIn(agendaPath(cast), Locale.FRENCH)).contains("Agenda des thèmes de")
			.contains("Thèmes proposés")
			.contains("· un soutien<");
		assertThat(pageIn(agendaPath(cast), Locale.of("ar"))).contains("أجندة مواضيع")
			.contains("المواضيع المقترحة")
			.contains("· داعم واحد<");
	}

	@Test
	void theCommunityPageShowsTheThreeMostSupportedThemesToItsReaders() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		propose(cast, cast.member, "Least supported");
		Theme second = propose(cast, cast.member, "Second");
		Theme first = propose(cast, cast.member, "First");
		Theme third = propose(cast, cast.member, "Third");
		this.agenda.support(cast.facilitator, cast.community, first.id());
		this.agenda.support(cast.extra, cast.community, first.id());
		this.agenda.support(cast.facilitator, cast.community, second.id());
		this.agenda.support(cast.extra, cast.community, third.id());
		String community = "/communities/" + MeetingFixtures.slugOf(cast.community);

		String page = page(community, cast.member);
		assertThat(page).contains("href=\"" + agendaPath(cast) + "\">Theme agenda</a>")
			.contains("First</bdi> <span class=\"muted\">3 supporters</span>")
			.doesNotContain("Least supported");
		assertThat(page.indexOf("First")).isLessThan(page.indexOf("Second"));
		assertThat(page.indexOf("Second")).isLessThan(page.indexOf("Third"));
		String outside = this.mvc
			.perform(as(MockMvcRequestBuilders.get(community).locale(Locale.ENGLISH), cast.outsider))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(outside).doesNotContain(agendaPath(cast));
	}

	@Test
	void theAgendaReadsAsManyStatementsForTwoHundredThemesAsForTen() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		Meeting meeting = this.fixtures.meeting(cast.community, cast.facilitator, "March meeting");
		this.fixtures.meeting(cast.community, cast.facilitator, "April meeting");
		Theme target = propose(cast, cast.member, "Rent allowances for newcomers");
		this.agenda.schedule(cast.facilitator, cast.community, target.id(), meeting.id());
		insertThemes(cast, target, 9);
		SqlStatements.Recorded ten = count(cast);
		insertThemes(cast, target, 190);
		SqlStatements.Recorded many = count(cast);
		assertThat(ten.count()).as(ten::describe).isBetween(1, 15);
		assertThat(many.count()).as(many::describe).isEqualTo(ten.count());
	}

	private SqlStatements.Recorded count(Cast cast) throws Exception {
		return SqlStatements.count(() -> get(agendaPath(cast), cast.facilitator).andExpect(status().isOk()));
	}

	/** Themes in every state but scheduled, each with three supporters. */
	private void insertThemes(Cast cast, Theme mergeTarget, int count) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> themes = new ArrayList<>();
		List<Object[]> supports = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			String state = switch (i % 3) {
				case 0 -> "PROPOSED";
				case 1 -> "MERGED";
				default -> "DECLINED";
			};
			themes.add(new Object[] { id, cast.community, "Theme " + i, "Why " + i, UUID.randomUUID(), now, state, 3,
					state.equals("MERGED") ? mergeTarget.id() : null, state.equals("DECLINED") ? "Not now" : null });
			for (int s = 0; s < 3; s++) {
				supports.add(new Object[] { id, (s == 0) ? cast.facilitator.id() : UUID.randomUUID(), now });
			}
		}
		this.jdbc.batchUpdate("insert into meeting_theme (id, community_id, title, reason, proposed_by, proposed_at,"
				+ " state, support_count, merged_into, decline_reason, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
				themes);
		this.jdbc.batchUpdate("insert into meeting_theme_support (theme_id, person_id, supported_at) values (?, ?, ?)",
				supports);
	}

	private Theme propose(Cast cast, TestPrincipal who, String title) {
		return this.agenda.propose(who, cast.community, ThemeProposal.of(title, "It matters to us", null));
	}

	private List<String> titles(Cast cast) {
		return this.jdbc.queryForList("select title from meeting_theme where community_id = ?", String.class,
				cast.community);
	}

	private List<ThemeState> states(Cast cast) {
		return this.jdbc
			.queryForList("select state from meeting_theme where community_id = ?", String.class, cast.community)
			.stream()
			.map(ThemeState::valueOf)
			.toList();
	}

	private int count(Theme theme) {
		return this.themes.findById(theme.id()).orElseThrow().supportCount();
	}

	private String page(String path, @Nullable TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String pageIn(String path, Locale locale) throws Exception {
		ResultActions result = this.mvc.perform(MockMvcRequestBuilders.get(path).locale(locale));
		return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String agendaPath(Cast cast) {
		return "/communities/" + MeetingFixtures.slugOf(cast.community) + "/agenda";
	}

	private Cast cast(String visibility) {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Mila");
		TestPrincipal extra = member("Noah");
		return new Cast(community(visibility, facilitator, member, extra), facilitator, member, extra, member("Olga"),
				administrator("Ada"));
	}

	/** A community and the people who act on its agenda. */
	private record Cast(UUID community, TestPrincipal facilitator, TestPrincipal member, TestPrincipal extra,
			TestPrincipal outsider, TestPrincipal administrator) {
	}

}
