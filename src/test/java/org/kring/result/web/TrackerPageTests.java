package org.kring.result.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.result.ResultTestSupport;
import org.kring.result.SignalSteps;
import org.kring.result.internal.FollowUpOutcome;
import org.kring.result.internal.Origin;
import org.kring.result.internal.Signal;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public results tracker: who sees which signals (never a draft, a members-only
 * community's only to its readers), the filters and the counts per state, each signal's
 * trail, bad filter values left out with 422, pages, its text in every language, and as
 * many SQL statements for 25 signals as for 2.
 */
class TrackerPageTests extends ResultTestSupport {

	private SignalSteps steps;

	private TestPrincipal facilitator;

	private TestPrincipal member;

	private TestPrincipal outsider;

	@BeforeEach
	void cast() {
		this.steps = new SignalSteps(this.signals, this.results);
		this.facilitator = member("Farida");
		this.member = member("Mila");
		this.outsider = member("Olga");
	}

	@Test
	void visitorsSeeSentSignalsOfPublicCommunitiesAndReadersThoseOfTheirMembersOnlyCommunity() throws Exception {
		UUID open = community("PUBLIC", this.facilitator, this.member);
		UUID closed = community("MEMBERS_ONLY", this.facilitator, this.member);
		this.results.draftSignal(open, this.facilitator, "Still a draft");
		this.steps.sent(open, this.facilitator, "Interpreters at the counter");
		this.steps.sent(closed, this.facilitator, "Rent allowances for newcomers");
		this.results.draftSignal(closed, this.facilitator, "Closed draft");

		assertThat(page("/results", null)).contains("Interpreters at the counter")
			.doesNotContain("Rent allowances for newcomers")
			.doesNotContain("Still a draft")
			.doesNotContain("Closed draft")
			.doesNotContain(MeetingFixtures.slugOf(closed));
		assertThat(page("/results", this.outsider)).contains("Interpreters at the counter")
			.doesNotContain("Rent allowances for newcomers");
		for (TestPrincipal reader : new TestPrincipal[] { this.member, administrator("Ada") }) {
			assertThat(page("/results", reader)).contains("Interpreters at the counter")
				.contains("Rent allowances for newcomers")
				.doesNotContain("Still a draft")
				.doesNotContain("Closed draft");
		}
		get("/results?community=" + MeetingFixtures.slugOf(closed), null).andExpect(status().isUnprocessableContent());
		assertThat(page("/results?community=" + MeetingFixtures.slugOf(closed), this.member))
			.contains("Rent allowances for newcomers")
			.doesNotContain("Interpreters at the counter");
	}

	@Test
	void filtersNarrowTheSignalsAndTheCountsFollowEveryFilterButTheState() throws Exception {
		UUID open = community("PUBLIC", this.facilitator, this.member);
		UUID other = community("PUBLIC", this.facilitator);
		UUID city = this.results.authority("City of Ghent", "MUNICIPALITY");
		Meeting meeting = this.fixtures.meeting(open, this.facilitator, "March meeting");
		Origin housing = new Origin(meeting.id(), null, "Housing", UUID.randomUUID());
		this.steps.sent(open, this.facilitator, "Sent one");
		Signal toCity = this.steps.send(
				this.results.draftSignal(open, this.facilitator, "Sent to the city", Origin.DIRECT, city),
				this.facilitator, Instant.now());
		this.steps.acknowledge(this.steps.sent(open, this.facilitator, "Acknowledged one"), Instant.now());
		this.steps.answer(this.steps.sent(open, this.facilitator, "Answered one"), "We look into it.", Instant.now());
		followedUp(open, "Implemented one", housing, FollowUpOutcome.IMPLEMENTED);
		followedUp(open, "Not implemented one", new Origin(meeting.id(), null, "Housing", UUID.randomUUID()),
				FollowUpOutcome.NOT_IMPLEMENTED);
		this.steps.sent(other, this.facilitator, "Of another community");
		String slug = MeetingFixtures.slugOf(open);
		String base = "/results?community=" + slug;

		String all = page(base, null);
		assertThat(all).contains(">Sent 2</a>")
			.contains(">Acknowledged 1</a>")
			.contains(">Answered 1</a>")
			.contains(">Followed up 2</a>")
			.contains(">All 6</a>")
			.contains("Implemented 1</span>")
			.contains("Partly implemented 0</span>")
			.contains("Not implemented 1</span>")
			.contains("6 results")
			.contains("href=\"" + base + "&amp;state=ANSWERED\"")
			.doesNotContain("Of another community");

		String answered = page(base + "&state=ANSWERED", null);
		assertThat(answered).contains("Answered one")
			.doesNotContain("Sent one")
			.doesNotContain("Implemented one")
			.contains(">Sent 2</a>")
			.contains("One result");
		assertThat(page(base + "&authority=org:" + city, null)).contains("Sent to the city")
			.doesNotContain("Sent one")
			.contains(">All 1</a>");
		assertThat(this.mvc
			.perform(as(MockMvcRequestBuilders.get("/results")
				.param("authority", "office:Integration office, Ghent")
				.param("community", slug), null))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Sent one").doesNotContain("Sent to the city");
		assertThat(page(base + "&theme=Housing", null)).contains("Implemented one")
			.contains("Not implemented one")
			.doesNotContain("Answered one")
			.contains(">Followed up 2</a>")
			.contains(">Sent 0</a>");
		int year = Instant.now().atZone(java.time.ZoneId.of("Europe/Brussels")).getYear();
		assertThat(page(base + "&year=" + year, null)).contains(">All 6</a>");
		assertThat(page(base + "&year=2001", null)).contains(">All 0</a>")
			.contains("No signal or recommendation matches these filters.");
		String options = page("/results", null);
		assertThat(options).contains("<option value=\"" + slug + "\"")
			.contains("<option value=\"org:" + city + "\">City of Ghent</option>")
			.contains("<option value=\"office:Integration office, Ghent\">")
			.contains("<option value=\"Housing\">Housing</option>")
			.contains("<option value=\"" + year + "\">" + year + "</option>");
		assertThat(toCity.state().name()).isEqualTo("SENT");
	}

	@Test
	void eachSignalShowsItsTrailFromMeetingAndThemeToAnswerAndOutcome() throws Exception {
		UUID open = community("PUBLIC", this.facilitator);
		UUID city = this.results.authority("City of Ghent", "MUNICIPALITY");
		Meeting meeting = this.fixtures.meeting(open, this.facilitator, "March meeting");
		Signal signal = this.steps.sentFrom(open, this.facilitator, "Interpreters", meeting.id(),
				"Language at the counter", city, Instant.parse("2026-03-10T10:00:00Z"));
		String answer = "We agree. ".repeat(30) + "THE END OF THE ANSWER";
		signal = this.steps.answer(signal, answer, Instant.parse("2026-04-02T10:00:00Z"));
		this.steps.followUp(signal, FollowUpOutcome.PARTLY_IMPLEMENTED, null, Instant.parse("2026-09-01T10:00:00Z"));

		String page = page("/results?community=" + MeetingFixtures.slugOf(open), null);
		assertThat(page).contains("href=\"/signals/" + signal.id() + "\"><bdi>Interpreters</bdi></a>")
			.contains("Joint signal")
			.contains("href=\"/communities/" + MeetingFixtures.slugOf(open) + "\"")
			.contains(">City of Ghent</bdi></a>")
			.contains("href=\"/meetings/" + meeting.id() + "\"><bdi>March meeting</bdi></a>")
			.contains("Language at the counter")
			.contains("<time datetime=\"2026-03-10\">March 10, 2026</time>")
			.contains("<time datetime=\"2026-04-02\">April 2, 2026</time>")
			.contains("We agree. We agree.")
			.contains("…</blockquote>")
			.doesNotContain("THE END OF THE ANSWER")
			.contains("Outcome: <strong>Partly implemented</strong>")
			.doesNotContain(SignalSteps.CONTACT.email())
			.doesNotContain(SignalSteps.CONTACT.name());
	}

	@Test
	void badFilterValuesAreLeftOutWithTheirMessage() throws Exception {
		UUID open = community("PUBLIC", this.facilitator);
		this.steps.sent(open, this.facilitator, "Interpreters at the counter");

		assertThat(problem("/results?state=BOGUS")).contains("id=\"state-error\">Choose one of the listed states.")
			.contains("Interpreters at the counter");
		assertThat(problem("/results?state=DRAFT")).contains("id=\"state-error\"");
		assertThat(problem("/results?year=abc")).contains("id=\"year-error\">Choose a year as four digits")
			.contains("Interpreters at the counter");
		assertThat(problem("/results?year=99999999999")).contains("id=\"year-error\"");
		assertThat(problem("/results?authority=org:not-a-uuid")).contains("id=\"authority-error\"");
		assertThat(problem("/results?authority=nonsense")).contains("id=\"authority-error\"");
		assertThat(problem("/results?community=no-such-community")).contains("id=\"community-error\"")
			.contains("Interpreters at the counter");
		assertThat(page("/results?page=abc&theme=%00<script>", null)).doesNotContain("<script>");
		assertThat(page("/results?page=999999", null)).contains("Interpreters at the counter");
		assertThat(page("/results?authority=org:" + UUID.randomUUID(), null))
			.contains("No signal or recommendation matches these filters.");
	}

	@Test
	void pagesHoldTwentySignalsAndTheirLinksKeepTheFilters() throws Exception {
		UUID open = community("PUBLIC", this.facilitator);
		Instant start = Instant.now().minus(30, ChronoUnit.DAYS);
		for (int i = 1; i <= 25; i++) {
			this.steps.send(this.results.draftSignal(open, this.facilitator, "Signal number " + i), this.facilitator,
					start.plus(i, ChronoUnit.HOURS));
		}
		String base = "/results?community=" + MeetingFixtures.slugOf(open) + "&state=SENT";

		String first = page(base, null);
		assertThat(first).contains("Signal number 25<")
			.contains("Signal number 6<")
			.doesNotContain("Signal number 5<")
			.contains("Page 1 of 2")
			.contains("href=\"" + base.replace("&", "&amp;") + "&amp;page=2\" rel=\"next\"");
		String second = page(base + "&page=2", null);
		assertThat(second).contains("Signal number 5<").contains("Signal number 1<").doesNotContain("Signal number 6<");
	}

	@Test
	void theTrackerSpeaksEachLanguageAndIsInTheMainNavigation() throws Exception {
		UUID open = community("PUBLIC", this.facilitator);
		this.steps.sent(open, this.facilitator, "Interpreters");
		assertThat(pageIn("/results", Locale.ENGLISH)).contains("Results tracker")
			.contains("<a href=\"/results\" aria-current=\"page\">Results</a>");
		assertThat(pageIn("/results", Locale.of("nl"))).contains("Resultatenvolger").contains("Verstuurd");
		assertThat(pageIn("/results", Locale.FRENCH)).contains("Suivi des résultats").contains(">Résultats</a>");
		assertThat(pageIn("/results", Locale.of("ar"))).contains("متابعة النتائج").contains(">النتائج</a>");
		assertThat(pageIn("/", Locale.ENGLISH)).contains("<a href=\"/results\">Results</a>");
	}

	@Test
	void theTrackerReadsAsManyStatementsForTwentyFiveSignalsAsForTwo() throws Exception {
		UUID open = community("PUBLIC", this.facilitator, this.member);
		UUID city = this.results.authority("City of Ghent", "MUNICIPALITY");
		Meeting meeting = this.fixtures.meeting(open, this.facilitator, "March meeting");
		this.steps.many(open, this.facilitator, meeting.id(), city, 2);
		SqlStatements.Recorded two = count();
		this.steps.many(open, this.facilitator, meeting.id(), city, 23);
		SqlStatements.Recorded many = count();
		assertThat(two.count()).as(two::describe).isBetween(1, 12);
		assertThat(many.count()).as(many::describe).isEqualTo(two.count());
	}

	private SqlStatements.Recorded count() throws Exception {
		return SqlStatements.count(() -> get("/results", this.member).andExpect(status().isOk()));
	}

	private Signal followedUp(UUID community, String title, Origin origin, FollowUpOutcome outcome) {
		Signal signal = this.steps.send(this.results.draftSignal(community, this.facilitator, title, origin, null),
				this.facilitator, Instant.now());
		signal = this.steps.answer(signal, "Answer to " + title, Instant.now());
		return this.steps.followUp(signal, outcome, null, Instant.now());
	}

	private String page(String path, @Nullable TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String problem(String path) throws Exception {
		return get(path, null).andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String pageIn(String path, Locale locale) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).locale(locale))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
