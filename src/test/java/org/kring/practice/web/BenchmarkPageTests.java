package org.kring.practice.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.practice.PracticeTestSupport;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.TargetGroup;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.practice.PracticeFixtures.FIELD;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cross-country benchmark: counts and mean scores per field and country with their
 * totals, only handed-in scores counted, its filters, bad filters answered with 422 next
 * to them, the CSV export, its text in every language, and one statement however many
 * practices there are.
 */
class BenchmarkPageTests extends PracticeTestSupport {

	private static final String EDUCATION = ScoredPractices.EDUCATION;

	private ScoredPractices scored;

	private TestPrincipal submitter;

	@BeforeEach
	void cast() {
		this.submitter = member("Sam Submitter");
		this.scored = new ScoredPractices(this.jdbc, this.practices, this.submitter, coordinator("Cleo Coordinator"));
	}

	/**
	 * Belgium: one practice in labour market (4, 5), one in labour market and education
	 * (2, and an unfinished 5). The Netherlands: one in education without scores. A draft
	 * in Belgium does not count.
	 */
	private void threePracticesInTwoCountries() {
		this.scored.handedIn(this.scored.published("Job coaching", "BE", FIELD), 4, 5);
		Practice both = this.scored.published("Language at work", "BE", FIELD, EDUCATION);
		this.scored.handedIn(both, 2);
		this.scored.unfinished(both, 5);
		this.scored.published("Homework club", "NL", EDUCATION);
		this.practices.draft(this.submitter, "Not yet published");
	}

	@Test
	void cellsCountPublishedPracticesWithTheMeanOfHandedInScoresAndTotalsCountEachPracticeOnce() throws Exception {
		threePracticesInTwoCountries();
		assertThat(csvLines("")).containsExactly("Field,Country,Practices,Mean score,Scores handed in",
				"Labour-market integration,Belgium,2,3.67,3", "Labour-market integration,Netherlands,0,,0",
				"Labour-market integration,Total,2,3.67,3", "Education and lifelong learning,Belgium,1,2.00,1",
				"Education and lifelong learning,Netherlands,1,,0", "Education and lifelong learning,Total,2,2.00,1",
				"Total,Belgium,2,3.67,3", "Total,Netherlands,1,,0", "Total,Total,3,3.67,3");
	}

	@Test
	void eachCellLinksToItsPracticesInTheListAndShowsItsMeanOrADash() throws Exception {
		threePracticesInTwoCountries();
		String page = pageIn("/practices/benchmark?year=2021", Locale.ENGLISH);
		assertThat(page).contains("<caption id=\"benchmark-caption\">")
			.contains("<th scope=\"col\">Belgium</th>")
			.contains("<th scope=\"row\">Education and lifelong learning</th>")
			.contains("href=\"/practices?field=labour-market&amp;country=BE&amp;year=2021\"")
			.contains("Labour-market integration in Belgium: 2 practices, mean score 3.7")
			.contains("Education and lifelong learning in Netherlands: 1 practice, mean score –")
			.contains("href=\"/practices?country=NL&amp;year=2021\"")
			.contains("href=\"/practices/benchmark.csv?year=2021\"");
	}

	@Test
	void filtersKeepOnlyPracticesOfTheTargetGroupOrStartYear() throws Exception {
		Practice refugees = this.scored.published("Welcome buddies", "BE", FIELD);
		this.scored.worksWith(refugees, TargetGroup.REFUGEES);
		this.scored.handedIn(refugees, 3);
		Practice older = this.scored.published("Old homework club", "FR", EDUCATION);
		this.scored.startedIn(older, 2015);
		this.scored.handedIn(older, 1);
		assertThat(csvLines("?targetGroup=REFUGEES")).contains("Total,Total,1,3.00,1")
			.noneMatch((line) -> line.contains("France"));
		assertThat(csvLines("?year=2015"))
			.contains("Total,Total,1,1.00,1", "Education and lifelong learning,France,1,1.00,1")
			.noneMatch((line) -> line.contains("Belgium"));
		assertThat(csvLines("?targetGroup=WOMEN&year=2021")).contains("Total,Total,1,3.00,1");
	}

	@Test
	void badFiltersComeBackWith422NextToTheFilterAndWhatWasTyped() throws Exception {
		this.scored.published("Job coaching", "BE", FIELD);
		String page = this.mvc
			.perform(MockMvcRequestBuilders.get("/practices/benchmark?targetGroup=ALIENS&year=20x1")
				.locale(Locale.ENGLISH))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"targetGroup-error\">Choose a target group from the list.")
			.contains("id=\"year-error\">Enter a year between 1900 and 2200")
			.contains("value=\"20x1\"")
			.contains("value=\"ALIENS\" selected")
			.contains("Belgium");
		this.mvc.perform(MockMvcRequestBuilders.get("/practices/benchmark.csv?year=99999"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void theCsvKeepsSpreadsheetsFromTakingANameForAFormula() throws Exception {
		this.scored.published("Job coaching", "BE", "=HYPERLINK(1)");
		assertThat(csvLines("")).contains("'=HYPERLINK(1),Belgium,1,,0");
	}

	@Test
	void theBenchmarkSpeaksEachLanguage() throws Exception {
		this.scored.published("Job coaching", "BE", FIELD);
		assertThat(pageIn("/practices/benchmark", Locale.of("nl"))).contains("Goede praktijken over landen heen")
			.contains("België")
			.contains("Integratie op de arbeidsmarkt");
		assertThat(pageIn("/practices/benchmark", Locale.FRENCH)).contains("Bonnes pratiques d’un pays à l’autre")
			.contains("Belgique");
		assertThat(pageIn("/practices/benchmark", Locale.of("ar"))).contains("الممارسات الجيدة عبر البلدان")
			.contains("بلجيكا");
	}

	@Test
	void aVisitorWithoutPracticesIsToldSo() throws Exception {
		assertThat(pageIn("/practices/benchmark", Locale.ENGLISH))
			.contains("No published practice matches these filters yet.");
	}

	@Test
	void theBenchmarkReadsAsManyStatementsForThirtyPracticesAsForThree() throws Exception {
		threePracticesInTwoCountries();
		SqlStatements.Recorded few = SqlStatements
			.count(() -> get("/practices/benchmark", null).andExpect(status().isOk()));
		for (int i = 0; i < 27; i++) {
			this.scored.handedIn(this.scored.published("Practice " + i, (i % 2 == 0) ? "DE" : "FR", EDUCATION, FIELD),
					3, 4);
		}
		SqlStatements.Recorded many = SqlStatements
			.count(() -> get("/practices/benchmark", null).andExpect(status().isOk()));
		assertThat(few.count()).as(few::describe).isBetween(1, 3);
		assertThat(many.count()).as(many::describe).isEqualTo(few.count());
	}

	private String pageIn(String path, Locale locale) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).locale(locale))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private List<String> csvLines(String query) throws Exception {
		String csv = this.mvc
			.perform(MockMvcRequestBuilders.get("/practices/benchmark.csv" + query).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return List.of(csv.replace("\uFEFF", "").split("\r\n"));
	}

}
