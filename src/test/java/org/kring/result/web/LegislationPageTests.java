package org.kring.result.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kring.meeting.internal.Meeting;
import org.kring.result.internal.LegislationTest;
import org.kring.result.internal.Origin;
import org.kring.result.internal.Signal;
import org.kring.result.internal.SignalState;
import org.kring.system.sql.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A community's register of legislation tested in practice and its entries: who reads and
 * who writes them, the search, bad input answered with 422 next to the field, turning an
 * entry into a draft signal (with an authority, once), its text in every language, and as
 * many SQL statements for 25 entries as for 2.
 */
class LegislationPageTests extends ToolboxTestSupport {

	@Test
	void readersSeeEntriesNewestFirstWithTheirMeetingThemeAndSignal() throws Exception {
		Cast cast = cast("PUBLIC");
		Meeting meeting = this.fixtures.meeting(cast.community(), cast.facilitator(), "March meeting");
		entry(cast, "Art. 1", "Older entry", null, Origin.DIRECT, 10);
		LegislationTest entry = entry(cast, "Art. 57 OCMW-wet", "Emergency aid is refused at the counter",
				"Counters ask for papers the law does not require.", new Origin(meeting.id(), null, "Social aid", null),
				1);
		Signal signal = this.results.draftSignal(cast.community(), cast.facilitator(), "A signal");
		this.jdbc.update("update result_legislation_test set signal_id = ? where id = ?", signal.id(), entry.id());

		String page = page(registerPath(cast), null);
		assertThat(page).contains("Legislation tested in practice by Network")
			.contains("Art. 57 OCMW-wet")
			.contains("Counters ask for papers the law does not require.")
			.contains("Change Art. 57 OCMW-wet.")
			.contains("href=\"/meetings/" + meeting.id() + "\">March meeting</a>")
			.contains("Social aid")
			.contains("href=\"/signals/" + signal.id() + "\"")
			.contains("href=\"/legislation-tests/" + entry.id() + "\"")
			.doesNotContain("Add a legislation test");
		assertThat(page.indexOf("Emergency aid")).isLessThan(page.indexOf("Older entry"));

		String detail = page("/legislation-tests/" + entry.id(), null);
		assertThat(detail).contains("<h1>Emergency aid is refused at the counter</h1>")
			.contains("<p>Counters ask for papers the law does not require.</p>")
			.contains("href=\"/signals/" + signal.id() + "\"")
			.doesNotContain("Turn into a signal");
	}

	@Test
	void aMembersOnlyRegisterIsReadByItsMembersAndNotFoundForOthers() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		LegislationTest entry = entry(cast, "Art. 57", "Emergency aid", null, Origin.DIRECT, 1);
		String path = registerPath(cast);
		String detail = "/legislation-tests/" + entry.id();

		assertThat(page(path, cast.member())).contains("Emergency aid").doesNotContain(path + "/new");
		assertThat(page(detail, cast.member())).contains("Emergency aid")
			.doesNotContain("Turn into a signal")
			.doesNotContain("/edit\"");
		assertThat(page(path, cast.facilitator())).contains("href=\"" + path + "/new\"");
		assertThat(page(detail, cast.facilitator())).contains("Turn into a signal").contains(detail + "/edit\"");
		assertThat(page(detail, cast.administrator())).contains("Turn into a signal");
		for (String hidden : List.of(path, detail)) {
			get(hidden, cast.outsider()).andExpect(status().isNotFound());
			get(hidden, null).andExpect(status().isNotFound());
		}
		get("/legislation-tests/" + UUID.randomUUID(), cast.member()).andExpect(status().isNotFound());
		get("/legislation-tests/not-an-id", cast.member()).andExpect(status().isNotFound());
	}

	@Test
	void searchFindsWordsInRuleTitleFindingAndRecommendationAndTakesWildcardsLiterally() throws Exception {
		Cast cast = cast("PUBLIC");
		entry(cast, "Art. 57 OCMW-wet", "Emergency aid", "Refused in 40% of cases", Origin.DIRECT, 3);
		entry(cast, "Vreemdelingenwet art_9bis", "Regularisation", "Long waits", Origin.DIRECT, 2);
		entry(cast, "Huurdecreet", "Rent guarantee", "Landlords refuse", Origin.DIRECT, 1);
		String path = registerPath(cast);

		assertThat(found(path, "ocmw")).containsExactly("Emergency aid");
		assertThat(found(path, "GUARANTEE")).containsExactly("Rent guarantee");
		assertThat(found(path, "waits")).containsExactly("Regularisation");
		assertThat(found(path, "change huurdecreet")).containsExactly("Rent guarantee");
		assertThat(found(path, "%")).containsExactly("Emergency aid");
		assertThat(found(path, "_")).containsExactly("Regularisation");
		assertThat(found(path, "x".repeat(10_000))).isEmpty();
		assertThat(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
				.param("q", "x".repeat(10_000))
				.locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("only its first 200 characters were sought");
	}

	@Test
	void onlyFacilitatorsAndAdministratorsWriteEntries() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		String path = registerPath(cast);
		LegislationTest entry = entry(cast, "Art. 57", "Emergency aid", null, Origin.DIRECT, 1);
		String edit = "/legislation-tests/" + entry.id() + "/edit";
		String signal = "/legislation-tests/" + entry.id() + "/signal";
		String[] valid = { "ruleTested", "Art. 9bis", "title", "Regularisation" };

		get(path + "/new", null).andExpect(redirectedUrl("/login"));
		get(edit, null).andExpect(redirectedUrl("/login"));
		post(path + "/new", null, valid).andExpect(redirectedUrl("/login"));
		post(edit, null, valid).andExpect(redirectedUrl("/login"));
		post(signal, null, "office", "Office").andExpect(redirectedUrl("/login"));
		get(path + "/new", cast.outsider()).andExpect(status().isNotFound());
		get(edit, cast.outsider()).andExpect(status().isNotFound());
		post(path + "/new", cast.outsider(), valid).andExpect(status().isNotFound());
		post(edit, cast.outsider(), valid).andExpect(status().isNotFound());
		post(signal, cast.outsider(), "office", "Office").andExpect(status().isNotFound());
		get(path + "/new", cast.member()).andExpect(status().isForbidden());
		get(edit, cast.member()).andExpect(status().isForbidden());
		post(path + "/new", cast.member(), valid).andExpect(status().isForbidden());
		post(edit, cast.member(), valid).andExpect(status().isForbidden());
		post(signal, cast.member(), "office", "Office").andExpect(status().isForbidden());
		assertThat(stored(cast)).containsExactly("Emergency aid");
		assertThat(signalsOf(cast)).isEmpty();

		get(path + "/new", cast.facilitator()).andExpect(status().isOk());
		post(path + "/new", cast.facilitator(), valid).andExpect(redirectedUrlPattern("/legislation-tests/*"));
		get(edit, cast.administrator()).andExpect(status().isOk());
		post(edit, cast.administrator(), "ruleTested", "Art. 57 OCMW-wet", "title", "Emergency aid, revised", "version",
				"0")
			.andExpect(redirectedUrl("/legislation-tests/" + entry.id()));
		assertThat(stored(cast)).containsExactlyInAnyOrder("Regularisation", "Emergency aid, revised");

		Cast open = cast("PUBLIC");
		post(registerPath(open) + "/new", cast.outsider(), valid).andExpect(status().isForbidden());
	}

	@Test
	void badInputComesBackWithTheMessageNextToTheFieldAndWhatWasTyped() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		String page = post(registerPath(cast) + "/new", cast.facilitator(), "ruleTested", " ", "title", "", "finding",
				"What we saw", "recommendation", "r".repeat(4001))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"ruleTested-error\">Name the rule or article that was tested.")
			.contains("id=\"title-error\">Give the entry a title.")
			.contains("id=\"recommendation-error\">The recommendation can be at most 4000")
			.contains(">What we saw</textarea>");
		assertThat(stored(cast)).isEmpty();

		LegislationTest entry = entry(cast, "Art. 57", "Emergency aid", null, Origin.DIRECT, 1);
		post("/legislation-tests/" + entry.id() + "/edit", cast.administrator(), "ruleTested", "Art. 57", "title",
				"First", "version", "0")
			.andExpect(redirectedUrl("/legislation-tests/" + entry.id()));
		page = post("/legislation-tests/" + entry.id() + "/edit", cast.facilitator(), "ruleTested", "Art. 57", "title",
				"Second", "version", "0")
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Someone else saved this entry").contains("value=\"Second\"");
		assertThat(stored(cast)).containsExactly("First");
	}

	@Test
	void aFacilitatorTurnsAnEntryIntoADraftSignalToAGovernmentOnce() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		Meeting meeting = this.fixtures.meeting(cast.community(), cast.facilitator(), "March meeting");
		UUID city = this.results.authority("City of Ghent", "MUNICIPALITY");
		UUID ngo = this.results.authority("Helping hands", "NGO");
		LegislationTest entry = entry(cast, "Art. 57 OCMW-wet", "Emergency aid is refused", "Counters ask for papers.",
				new Origin(meeting.id(), null, "Social aid", null), 1);
		String detail = "/legislation-tests/" + entry.id();
		String turn = detail + "/signal";

		String page = page(detail, cast.facilitator());
		assertThat(page).contains("<option value=\"" + city + "\">City of Ghent</option>")
			.doesNotContain("Helping hands");

		page = post(turn, cast.facilitator(), "authority", "", "office", " ")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"authority-error\">Choose the authority or name the office");
		post(turn, cast.facilitator(), "authority", ngo.toString()).andExpect(status().isUnprocessableContent());
		assertThat(signalsOf(cast)).isEmpty();

		String target = post(turn, cast.facilitator(), "authority", city.toString())
			.andExpect(redirectedUrlPattern("/signals/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Signal signal = signalsOf(cast).getFirst();
		assertThat(target).isEqualTo("/signals/" + signal.id());
		assertThat(signal.state()).isEqualTo(SignalState.DRAFT);
		assertThat(signal.communityId()).isEqualTo(cast.community());
		assertThat(signal.title()).isEqualTo("Emergency aid is refused");
		assertThat(signal.body()).contains("Counters ask for papers.").contains("Art. 57 OCMW-wet");
		assertThat(signal.ask()).isEqualTo("Change Art. 57 OCMW-wet.");
		assertThat(signal.authority().organisationId()).isEqualTo(city);
		assertThat(signal.origin().meetingId()).isEqualTo(meeting.id());
		assertThat(this.legislationTests.findById(entry.id()).orElseThrow().signalId()).isEqualTo(signal.id());

		page = post(turn, cast.administrator(), "office", "Integration office")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("This entry was turned into a signal already")
			.contains("href=\"/signals/" + signal.id() + "\"");
		assertThat(signalsOf(cast)).hasSize(1);
		assertThat(page(detail, cast.facilitator())).doesNotContain("Turn into a signal");
	}

	@Test
	void anEntryAddressedToAnOfficeBecomesASignalToThatOffice() throws Exception {
		Cast cast = cast("PUBLIC");
		LegislationTest entry = entry(cast, "Art. 9bis", "Regularisation", null, Origin.DIRECT, 1);
		post("/legislation-tests/" + entry.id() + "/signal", cast.administrator(), "office", "Immigration Office")
			.andExpect(redirectedUrlPattern("/signals/*"));
		Signal signal = signalsOf(cast).getFirst();
		assertThat(signal.authority().office()).isEqualTo("Immigration Office");
		assertThat(signal.body()).isEqualTo("Art. 9bis");
	}

	@Test
	void theRegisterSpeaksEachLanguage() throws Exception {
		Cast cast = cast("PUBLIC");
		String path = registerPath(cast);
		assertThat(pageIn(path, Locale.ENGLISH)).contains("Legislation tested in practice by")
			.contains("No legislation has been tested yet.");
		assertThat(pageIn(path, Locale.of("nl"))).contains("Wetgeving getoetst aan de praktijk door");
		assertThat(pageIn(path, Locale.FRENCH)).contains("Législation confrontée à la pratique par");
		assertThat(pageIn(path, Locale.of("ar"))).contains("تشريعات اختبرها");
	}

	@Test
	void theRegisterReadsAsManyStatementsForTwentyFiveEntriesAsForTwo() throws Exception {
		Cast cast = cast("PUBLIC");
		Meeting meeting = this.fixtures.meeting(cast.community(), cast.facilitator(), "March meeting");
		Signal signal = this.results.draftSignal(cast.community(), cast.facilitator(), "A signal");
		addEntries(cast, meeting, signal, 2);
		SqlStatements.Recorded two = count(cast);
		addEntries(cast, meeting, signal, 23);
		SqlStatements.Recorded many = count(cast);
		assertThat(two.count()).as(two::describe).isBetween(1, 12);
		assertThat(many.count()).as(many::describe).isEqualTo(two.count());
	}

	private void addEntries(Cast cast, Meeting meeting, Signal signal, int count) {
		for (int i = 0; i < count; i++) {
			LegislationTest entry = entry(cast, "Art. " + i, "Entry " + i, "Found " + i,
					new Origin(meeting.id(), null, "Theme", null), i);
			this.jdbc.update("update result_legislation_test set signal_id = ? where id = ?", signal.id(), entry.id());
		}
	}

	private SqlStatements.Recorded count(Cast cast) throws Exception {
		return SqlStatements.count(() -> get(registerPath(cast), cast.facilitator()).andExpect(status().isOk()));
	}

	private LegislationTest entry(Cast cast, String rule, String title, @Nullable String finding, Origin origin,
			int minutesAgo) {
		return this.legislationTests
			.save(LegislationTest.record(cast.community(), rule, title, finding, "Change " + rule + ".", origin,
					cast.facilitator().id(), Instant.now().minus(Duration.ofMinutes(minutesAgo))));
	}

	private List<String> stored(Cast cast) {
		return this.jdbc.queryForList("select title from result_legislation_test where community_id = ?", String.class,
				cast.community());
	}

	private static String registerPath(Cast cast) {
		return cast.path("legislation-tests");
	}

	/**
	 * The signals of the cast's community: tests of other modules leave signals of
	 * theirs.
	 */
	private List<Signal> signalsOf(Cast cast) {
		return this.signals.findAll()
			.stream()
			.filter((signal) -> signal.communityId().equals(cast.community()))
			.toList();
	}

}
