package org.kring.result.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.result.ResultTestSupport;
import org.kring.result.internal.Action;
import org.kring.result.internal.ActionAgenda;
import org.kring.result.internal.ActionQueries;
import org.kring.result.internal.ActionStatus;
import org.kring.result.internal.Origin;
import org.kring.result.internal.ProgressReport;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The action agenda, an action's page and the action form: who may read and who may do
 * what, bad input answered with 422 next to the field, two facilitators editing the same
 * action, the text in every language, and as many SQL statements for 20 actions as for 2.
 */
class ActionPagesTests extends ResultTestSupport {

	@Autowired
	ActionAgenda agenda;

	@Autowired
	ActionQueries queries;

	@Test
	void readersSeeTheAgendaAndOthersGetNotFound() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		Action action = this.results.action(cast.community, cast.facilitator, "Map the rent offices",
				LocalDate.now().minusDays(1), cast.owner);
		this.results.action(cast.community, cast.facilitator, "Write the leaflet", null);
		String path = agendaPath(cast);

		String page = page(path, cast.member);
		assertThat(page).contains("Map the rent offices")
			.contains("href=\"/actions/" + action.id() + "\"")
			.contains("Owen")
			.contains("Overdue")
			.contains("Needs an owner")
			.contains("Planned: 2")
			.contains("<progress max=\"100\" value=\"0\"")
			.contains("href=\"" + agendaBase(cast) + "/review?year=" + LocalDate.now().getYear() + "\"")
			.doesNotContain("/actions/new");
		assertThat(page(path, cast.facilitator)).contains(agendaBase(cast) + "/new?year=");
		assertThat(page(path, cast.administrator)).contains(agendaBase(cast) + "/new?year=");
		get(path, cast.outsider).andExpect(status().isNotFound());
		get(path, null).andExpect(status().isNotFound());
		get("/actions/" + action.id(), cast.outsider).andExpect(status().isNotFound());
		get("/actions/" + action.id(), null).andExpect(status().isNotFound());
		get("/actions/not-an-id", cast.member).andExpect(status().isNotFound());
		get("/actions/" + UUID.randomUUID(), cast.member).andExpect(status().isNotFound());
		get("/communities/no-such-community/actions", cast.member).andExpect(status().isNotFound());
		get(path + "?year=nonsense", cast.member).andExpect(status().isNotFound());
	}

	@Test
	void visitorsReadAPublicAgendaWithoutForms() throws Exception {
		Cast cast = cast("PUBLIC");
		Action action = this.results.action(cast.community, cast.facilitator, "Map the rent offices", null, cast.owner);

		assertThat(page(agendaPath(cast), null)).contains("Map the rent offices")
			.doesNotContain("method=\"post\" action=\"/actions");
		String page = page("/actions/" + action.id(), null);
		assertThat(page).contains("Map the rent offices").doesNotContain("method=\"post\" action=\"/actions");
		assertThat(page("/actions/" + action.id(), cast.member)).doesNotContain("method=\"post\" action=\"/actions")
			.doesNotContain("/edit");
		assertThat(page("/actions/" + action.id(), cast.owner))
			.contains("action=\"/actions/" + action.id() + "/updates\"")
			.doesNotContain("/edit\"");
		assertThat(page("/actions/" + action.id(), cast.facilitator)).contains("/actions/" + action.id() + "/edit");
	}

	@Test
	void theAgendaLinksTheYearsThatHaveActions() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		int year = LocalDate.now().getYear();
		plan(cast, year - 2, "Two years ago");
		plan(cast, year + 1, "Next year");

		String page = page(agendaPath(cast), cast.member);
		assertThat(page).contains("href=\"" + agendaBase(cast) + "?year=" + (year - 2) + "\"")
			.contains("href=\"" + agendaBase(cast) + "?year=" + (year + 1) + "\"")
			.contains("There is no action on this year’s agenda yet.");
		assertThat(page(agendaBase(cast) + "?year=" + (year - 2), cast.member)).contains("Two years ago")
			.doesNotContain("Next year<")
			.doesNotContain("?year=" + (year - 3) + "\"");
	}

	@Test
	void theAgendaShowsTheMeetingAndThemeAnActionCameFrom() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		Meeting meeting = this.fixtures.meeting(cast.community, cast.facilitator, "March meeting");
		this.actions.save(Action.plan(cast.community, LocalDate.now().getYear(), "From the meeting", null, null,
				java.util.Set.of(), new Origin(meeting.id(), null, "Housing and income", UUID.randomUUID()),
				cast.facilitator.id(), Instant.now()));

		assertThat(page(agendaPath(cast), cast.member)).contains("href=\"/meetings/" + meeting.id() + "\"")
			.contains("March meeting")
			.contains("Housing and income");
	}

	@Test
	void onlyFacilitatorsAndAdministratorsCreateAndEditActions() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		String create = agendaBase(cast) + "/new";
		get(create, null).andExpect(redirectedUrl("/login"));
		get(create, cast.outsider).andExpect(status().isNotFound());
		get(create, cast.member).andExpect(status().isForbidden());
		get(create, cast.owner).andExpect(status().isForbidden());
		assertThat(page(create, cast.facilitator)).contains("name=\"owners\" value=\"" + cast.owner.id() + "\"")
			.contains("value=\"" + LocalDate.now().getYear() + "\"");
		get(create, cast.administrator).andExpect(status().isOk());

		post(create, null, "title", "By a visitor", "year", year()).andExpect(redirectedUrl("/login"));
		post(create, cast.outsider, "title", "By an outsider", "year", year()).andExpect(status().isNotFound());
		post(create, cast.member, "title", "By a member", "year", year()).andExpect(status().isForbidden());
		assertThat(titles(cast)).isEmpty();
		post(create, cast.facilitator, "title", "Map the rent offices", "year", year(), "dueOn",
				LocalDate.now().plusMonths(2).toString(), "owners", cast.owner.id().toString());
		Action action = only(cast);
		assertThat(action.owners()).containsExactly(cast.owner.id());
		assertThat(action.needsOwner()).isFalse();

		String edit = "/actions/" + action.id() + "/edit";
		get(edit, null).andExpect(redirectedUrl("/login"));
		get(edit, cast.outsider).andExpect(status().isNotFound());
		get(edit, cast.member).andExpect(status().isForbidden());
		get(edit, cast.owner).andExpect(status().isForbidden());
		String version = Long.toString(action.version());
		assertThat(page(edit, cast.administrator)).contains("name=\"version\" value=\"" + version + "\"");
		post(edit, cast.owner, "version", version, "title", "Renamed", "year", year())
			.andExpect(status().isForbidden());
		post(edit, cast.outsider, "version", version, "title", "Renamed", "year", year())
			.andExpect(status().isNotFound());
		post(edit, cast.administrator, "version", version, "title", "Renamed", "year", year())
			.andExpect(redirectedUrl("/actions/" + action.id()));
		Action renamed = only(cast);
		assertThat(renamed.title()).isEqualTo("Renamed");
		assertThat(renamed.owners()).isEmpty();
		assertThat(renamed.needsOwner()).isTrue();
	}

	@Test
	void ownersAndFacilitatorsReportAndChangeTheStatusOthersAreRefused() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		Action action = this.results.action(cast.community, cast.facilitator, "Map the rent offices", null, cast.owner);
		String base = "/actions/" + action.id();
		String today = LocalDate.now().toString();

		for (String path : List.of(base + "/updates", base + "/start", base + "/done", base + "/drop")) {
			post(path, null, "updateOn", today, "text", "x", "percentage", "5", "dropReason", "x")
				.andExpect(redirectedUrl("/login"));
			post(path, cast.outsider, "updateOn", today, "text", "x", "percentage", "5", "dropReason", "x")
				.andExpect(status().isNotFound());
			post(path, cast.member, "updateOn", today, "text", "x", "percentage", "5", "dropReason", "x")
				.andExpect(status().isForbidden());
		}
		assertThat(reload(action).status()).isEqualTo(ActionStatus.PLANNED);

		post(base + "/updates", cast.owner, "updateOn", today, "text", "Visited two offices", "percentage", "30")
			.andExpect(redirectedUrl(base));
		assertThat(reload(action).status()).isEqualTo(ActionStatus.IN_PROGRESS);
		assertThat(reload(action).progress()).isEqualTo(30);
		post(base + "/updates", cast.facilitator, "updateOn", today, "text", "All offices mapped", "percentage", "100")
			.andExpect(redirectedUrl(base));
		assertThat(reload(action).status()).isEqualTo(ActionStatus.IN_PROGRESS);
		String page = page(base, cast.member);
		assertThat(page.indexOf("All offices mapped")).isLessThan(page.indexOf("Visited two offices"));
		post(base + "/done", cast.owner).andExpect(redirectedUrl(base));
		assertThat(reload(action).status()).isEqualTo(ActionStatus.DONE);
		post(base + "/drop", cast.owner, "dropReason", "Too late").andExpect(status().isUnprocessableContent());
		assertThat(reload(action).status()).isEqualTo(ActionStatus.DONE);

		Action other = this.results.action(cast.community, cast.facilitator, "Write the leaflet", null, cast.owner);
		post("/actions/" + other.id() + "/start", cast.administrator)
			.andExpect(redirectedUrl("/actions/" + other.id()));
		assertThat(reload(other).status()).isEqualTo(ActionStatus.IN_PROGRESS);
		post("/actions/" + other.id() + "/drop", cast.facilitator, "dropReason", "No longer needed")
			.andExpect(redirectedUrl("/actions/" + other.id()));
		assertThat(reload(other).status()).isEqualTo(ActionStatus.DROPPED);
		assertThat(page("/actions/" + other.id(), cast.member)).contains("No longer needed");
	}

	@Test
	void badInputComesBackWithTheMessageNextToTheFieldAndWhatWasTyped() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		String create = agendaBase(cast) + "/new";
		String page = body(post(create, cast.facilitator, "title", " ", "year", year(), "description", "Kept text",
				"dueOn", LocalDate.now().minusDays(1).toString())
			.andExpect(status().isUnprocessableContent()));
		assertThat(page).contains("id=\"title-error\">Give the action a title.").contains(">Kept text</textarea>");
		page = body(post(create, cast.facilitator, "title", "Too early", "year", year(), "dueOn",
				LocalDate.now().minusDays(1).toString())
			.andExpect(status().isUnprocessableContent()));
		assertThat(page)
			.contains("id=\"dueOn-error\">The due date cannot come before the day the action was put on the agenda.")
			.contains("value=\"Too early\"");
		page = body(post(create, cast.facilitator, "title", "x".repeat(201), "year", "1999", "owners",
				cast.outsider.id().toString())
			.andExpect(status().isUnprocessableContent()));
		assertThat(page).contains("id=\"title-error\">The title can be at most 200 characters long.")
			.contains("id=\"year-error\">Give the year of the agenda");
		page = body(post(create, cast.facilitator, "title", "Someone else", "year", year(), "owners",
				cast.outsider.id().toString())
			.andExpect(status().isUnprocessableContent()));
		assertThat(page).contains("id=\"owners-error\">Owners must be members of the community.");
		assertThat(titles(cast)).isEmpty();

		Action action = this.results.action(cast.community, cast.facilitator, "Map the rent offices", null, cast.owner);
		String base = "/actions/" + action.id();
		for (String percentage : List.of("101", "-1", "half")) {
			page = body(post(base + "/updates", cast.owner, "updateOn", LocalDate.now().toString(), "text",
					"Typed text", "percentage", percentage)
				.andExpect(status().isUnprocessableContent()));
			assertThat(page).contains("id=\"percentage-error\">Give the progress as a whole number from 0 to 100.")
				.contains(">Typed text</textarea>")
				.contains("value=\"" + percentage + "\"");
		}
		page = body(post(base + "/updates", cast.owner, "updateOn", "", "text", " ", "percentage", "10")
			.andExpect(status().isUnprocessableContent()));
		assertThat(page).contains("id=\"text-error\">Say what happened.").contains("id=\"updateOn-error\">");
		page = body(post(base + "/drop", cast.owner, "dropReason", " ").andExpect(status().isUnprocessableContent()));
		assertThat(page).contains("id=\"dropReason-error\">Say why the action is dropped.");
		Action unchanged = reload(action);
		assertThat(unchanged.status()).isEqualTo(ActionStatus.PLANNED);
		assertThat(unchanged.progress()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from result_action_update where action_id = ?",
				Integer.class, action.id()))
			.isZero();
	}

	@Test
	void aSecondFacilitatorSavingAnOlderFormSeesTheFirstOnesChangeAndKeepsTheirText() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		TestPrincipal second = member("Sami");
		this.fixtures.join(cast.community, second, "FACILITATOR");
		Action action = this.results.action(cast.community, cast.facilitator, "Map the rent offices", null, cast.owner);
		String edit = "/actions/" + action.id() + "/edit";
		String opened = Long.toString(reload(action).version());
		assertThat(page(edit, cast.facilitator)).contains("name=\"version\" value=\"" + opened + "\"");
		assertThat(page(edit, second)).contains("name=\"version\" value=\"" + opened + "\"");

		post(edit, cast.facilitator, "version", opened, "title", "Map every rent office", "year", year(), "owners",
				cast.owner.id().toString())
			.andExpect(redirectedUrl("/actions/" + action.id()));
		String page = body(post(edit, second, "version", opened, "title", "Map the offices in Ghent", "description",
				"Start with the city centre", "year", year())
			.andExpect(status().isConflict()));
		assertThat(page).contains("Someone changed this action while you were editing")
			.contains("<dd><bdi>Map every rent office</bdi></dd>")
			.contains("value=\"Map the offices in Ghent\"")
			.contains(">Start with the city centre</textarea>")
			.contains("name=\"version\" value=\"" + reload(action).version() + "\"");
		Action stored = reload(action);
		assertThat(stored.title()).isEqualTo("Map every rent office");
		assertThat(stored.owners()).containsExactly(cast.owner.id());

		post(edit, second, "version", Long.toString(stored.version()), "title", "Map the offices in Ghent", "year",
				year())
			.andExpect(redirectedUrl("/actions/" + action.id()));
		assertThat(reload(action).title()).isEqualTo("Map the offices in Ghent");
	}

	@Test
	void thePagesSpeakEachLanguage() throws Exception {
		Cast cast = cast("PUBLIC");
		Action action = this.results.action(cast.community, cast.facilitator, "Map the rent offices", null);
		assertThat(pageIn(agendaPath(cast), Locale.ENGLISH)).contains("Action agenda " + year() + " of")
			.contains("Needs an owner");
		assertThat(pageIn(agendaPath(cast), Locale.of("nl"))).contains("Actieagenda " + year() + " van")
			.contains("Zoekt een trekker");
		assertThat(pageIn(agendaPath(cast), Locale.FRENCH)).contains("Agenda d’actions " + year() + " de")
			.contains("Cherche un responsable");
		assertThat(pageIn(agendaPath(cast), Locale.of("ar"))).contains("أجندة العمل " + year())
			.contains("يحتاج إلى مسؤول");
		assertThat(pageIn("/actions/" + action.id(), Locale.of("nl"))).contains("Voortgangsupdates");
		assertThat(pageIn("/actions/" + action.id(), Locale.of("ar"))).contains("تحديثات التقدّم");
	}

	@Test
	void theAgendaReadsAsManyStatementsForTwentyActionsAsForTwo() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		Meeting meeting = this.fixtures.meeting(cast.community, cast.facilitator, "March meeting");
		addActions(cast, meeting, 2);
		SqlStatements.Recorded two = count(cast);
		addActions(cast, meeting, 18);
		SqlStatements.Recorded twenty = count(cast);
		assertThat(two.count()).as(two::describe).isBetween(1, 15);
		assertThat(twenty.count()).as(twenty::describe).isEqualTo(two.count());
		assertThat(page(agendaPath(cast), cast.member)).contains("In progress: 20");
	}

	private void addActions(Cast cast, Meeting meeting, int count) {
		for (int i = 0; i < count; i++) {
			Action action = this.actions.save(Action.plan(cast.community, LocalDate.now().getYear(), "Action " + i,
					null, LocalDate.now().plusDays(i), java.util.Set.of(cast.owner.id(), cast.facilitator.id()),
					new Origin(meeting.id(), null, "Housing", UUID.randomUUID()), cast.facilitator.id(),
					Instant.now()));
			this.agenda.report(cast.owner, action.id(), new ProgressReport(LocalDate.now(), "First step", 10));
			this.agenda.report(cast.facilitator, action.id(), new ProgressReport(LocalDate.now(), "Second step", 20));
		}
	}

	private SqlStatements.Recorded count(Cast cast) throws Exception {
		return SqlStatements.count(() -> get(agendaPath(cast), cast.facilitator).andExpect(status().isOk()));
	}

	private void plan(Cast cast, int year, String title) {
		this.actions.save(Action.plan(cast.community, year, title, null, null, java.util.Set.of(), Origin.DIRECT,
				cast.facilitator.id(), Instant.now()));
	}

	private Action reload(Action action) {
		return this.queries.find(action.id()).orElseThrow();
	}

	private Action only(Cast cast) {
		List<Action> found = this.queries.agenda(cast.community, LocalDate.now().getYear());
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private List<String> titles(Cast cast) {
		return this.jdbc.queryForList("select title from result_action where community_id = ?", String.class,
				cast.community);
	}

	private String page(String path, @Nullable TestPrincipal who) throws Exception {
		return body(get(path, who).andExpect(status().isOk()));
	}

	private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	private String pageIn(String path, Locale locale) throws Exception {
		return body(this.mvc.perform(MockMvcRequestBuilders.get(path).locale(locale)).andExpect(status().isOk()));
	}

	private static String year() {
		return Integer.toString(LocalDate.now().getYear());
	}

	static String agendaBase(Cast cast) {
		return "/communities/" + MeetingFixtures.slugOf(cast.community) + "/actions";
	}

	private static String agendaPath(Cast cast) {
		return agendaBase(cast);
	}

	private Cast cast(String visibility) {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal owner = member("Owen");
		TestPrincipal member = member("Mila");
		return new Cast(community(visibility, facilitator, owner, member), facilitator, owner, member, member("Olga"),
				administrator("Ada"));
	}

	/** A community and the people who act on its agenda. */
	record Cast(UUID community, TestPrincipal facilitator, TestPrincipal owner, TestPrincipal member,
			TestPrincipal outsider, TestPrincipal administrator) {
	}

}
