package org.kring.practice.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.practice.PracticeFixtures;
import org.kring.practice.PracticeTestSupport;
import org.kring.practice.internal.Practice;
import org.kring.system.KringProperties;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.kring.system.web.PdfArabicTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.practice.PracticeFixtures.FIELD;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The handbook of good practices: only coordinators and administrators make one; the
 * PDF's cover, contents and sections with their evaluation, read back with PDFBox; the
 * preview from the same template; an empty, too large or untitled choice answered with
 * 422 next to the field; and as many statements for twelve practices as for two.
 */
class HandbookPageTests extends PracticeTestSupport {

	@Autowired
	private KringProperties properties;

	private ScoredPractices scored;

	private TestPrincipal coordinator;

	@BeforeEach
	void cast() {
		this.coordinator = coordinator("Cleo Coordinator");
		this.scored = new ScoredPractices(this.jdbc, this.practices, member("Sam Submitter"), this.coordinator);
	}

	@Test
	void onlyCoordinatorsAndAdministratorsMakeHandbooks() throws Exception {
		Practice practice = this.scored.published("Job coaching", "BE", FIELD);
		String pdf = "/practices/handbook.pdf?title=Ours&practice=" + practice.id();
		for (String path : List.of("/practices/handbook",
				"/practices/handbook/preview?title=Ours&practice=" + practice.id(), pdf)) {
			get(path, null).andExpect(redirectedUrl("/login"));
			get(path, member("Mo Member")).andExpect(status().isNotFound());
		}
		get("/practices/handbook", this.coordinator).andExpect(status().isOk());
		get(pdf, this.coordinator).andExpect(status().isOk());
		get(pdf, administrator("Ada Administrator")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	@Test
	void theFormListsPublishedPracticesFilteredByFieldAndCountry() throws Exception {
		this.scored.published("Job coaching", "BE", FIELD);
		this.scored.published("Homework club", "NL", ScoredPractices.EDUCATION);
		this.practices.draft(member("Dee Drafter"), "Still a draft");
		String all = body(get("/practices/handbook", this.coordinator).andExpect(status().isOk()));
		assertThat(all).contains("Job coaching").contains("Homework club").doesNotContain("Still a draft");
		String dutch = body(get("/practices/handbook?country=NL&field=education", this.coordinator));
		assertThat(dutch).contains("Homework club").doesNotContain("Job coaching");
	}

	@Test
	void thePdfHasACoverContentsAndASectionPerPracticeWithItsEvaluation() throws Exception {
		Practice first = this.scored.published("Job coaching", "BE", FIELD);
		this.scored.handedIn(first, 4, 5, 3, 4, 5, 2);
		this.scored.handedIn(first, 5, 3, 3, 4, 5, 4);
		this.scored.unfinished(first, 1, 1, 1, 1, 1, 1);
		Practice second = this.scored.published("Homework club", "NL", ScoredPractices.EDUCATION);
		MockHttpServletResponse response = get("/practices/handbook.pdf?title=Welcome%20that%20works&practice="
				+ second.id() + "&practice=" + first.id(), this.coordinator)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.startsWith("attachment; filename=\"handbook-")))
			.andReturn()
			.getResponse();
		String text = textOf(response.getContentAsByteArray());
		String today = LocalDate.now(ZoneId.of("Europe/Brussels"))
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH));
		assertThat(text).contains("Welcome that works").contains(this.properties.name()).contains(today);
		String contents = text.substring(text.indexOf("Contents"));
		assertThat(contents.indexOf("Homework club")).as("chosen order in the contents")
			.isLessThan(contents.indexOf("Job coaching"));
		assertThat(text).contains("What Job coaching does, in a few sentences.")
			.contains("Weekly sessions with newcomers.")
			.contains("What others need to transfer it")
			.contains("Reviewers who handed in their scores: 2")
			.contains("Relevance 4.5 4 to 5")
			.contains("Effectiveness 4.0 3 to 5")
			.contains("Gender sensitivity 3.0 2 to 4")
			.contains("Reviewers found it well worth transferring.")
			.contains("Reviewers who handed in their scores: 0")
			.doesNotContain("sam@example.org");
	}

	@Test
	void thePreviewIsTheSameDocumentAsAPage() throws Exception {
		Practice practice = this.scored.published("Job coaching", "BE", FIELD);
		this.scored.handedIn(practice, 4);
		String preview = body(
				get("/practices/handbook/preview?title=Welcome&practice=" + practice.id(), this.coordinator)
					.andExpect(status().isOk()));
		assertThat(preview).contains("<h1>Welcome</h1>")
			.contains("<a href=\"#practice-1\">Job coaching</a>")
			.contains("id=\"practice-1\"")
			.contains("Relevance");
	}

	@Test
	void anEmptyOrUnpublishedChoiceComesBackWith422NextToTheListAndTheTitleKept() throws Exception {
		Practice draft = this.practices.draft(member("Dee Drafter"), "Still a draft");
		for (String choice : List.of("", "&practice=not-an-id", "&practice=" + draft.id())) {
			String page = body(get("/practices/handbook.pdf?title=Kept%20title" + choice, this.coordinator)
				.andExpect(status().isUnprocessableContent()));
			assertThat(page).contains("id=\"practice-error\">Choose at least one published practice.")
				.contains("value=\"Kept title\"");
		}
	}

	@Test
	void aMissingTitleOrTooManyPracticesComeBackWith422() throws Exception {
		Practice practice = this.scored.published("Job coaching", "BE", FIELD);
		String untitled = body(get("/practices/handbook/preview?title=%20&practice=" + practice.id(), this.coordinator)
			.andExpect(status().isUnprocessableContent()));
		assertThat(untitled).contains("id=\"title-error\">Give the handbook a title.")
			.contains("value=\"" + practice.id() + "\" checked");
		StringBuilder many = new StringBuilder("/practices/handbook.pdf?title=Big");
		for (int i = 0; i < 201; i++) {
			many.append("&practice=").append(UUID.randomUUID());
		}
		assertThat(body(get(many.toString(), this.coordinator).andExpect(status().isUnprocessableContent())))
			.contains("Choose at most 200 practices for one handbook.");
	}

	@Test
	void anArabicPracticeComesOutInItsOwnLettersNextToLatinOnes() throws Exception {
		String arabic = PdfArabicTests.TITLE;
		Practice practice = this.practices.published(member("Rania Submitter"),
				PracticeFixtures.description(arabic, "MA", FIELD), this.coordinator);
		Practice latin = this.scored.published("Job coaching", "BE", FIELD);
		String text = textOf(
				get("/practices/handbook.pdf?title=Mixed&practice=" + practice.id() + "&practice=" + latin.id(),
						this.coordinator)
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
		String letters = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
		PdfArabicTests.assertEachWordIn(letters);
		assertThat(letters).contains("Job coaching").doesNotContain("#");
	}

	@Test
	void thePdfReadsAsManyStatementsForTwelvePracticesAsForTwo() throws Exception {
		List<UUID> chosen = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Practice practice = this.scored.published("Practice " + i, (i % 2 == 0) ? "BE" : "NL", FIELD,
					ScoredPractices.EDUCATION);
			this.scored.handedIn(practice, 3, 4, 5);
			this.scored.handedIn(practice, 2, 4);
			chosen.add(practice.id());
		}
		SqlStatements.Recorded two = count("/practices/handbook/preview?title=T" + choice(chosen.subList(0, 2)));
		SqlStatements.Recorded twelve = count("/practices/handbook/preview?title=T" + choice(chosen));
		assertThat(two.count()).as(two::describe).isBetween(1, 12);
		assertThat(twelve.count()).as(twelve::describe).isEqualTo(two.count());
		SqlStatements.Recorded form = count("/practices/handbook");
		this.scored.published("One more", "FR", FIELD);
		assertThat(count("/practices/handbook").count()).isEqualTo(form.count());
	}

	private SqlStatements.Recorded count(String path) throws Exception {
		return SqlStatements.count(() -> get(path, this.coordinator).andExpect(status().isOk()));
	}

	private static String choice(List<UUID> ids) {
		StringBuilder query = new StringBuilder();
		ids.forEach((id) -> query.append("&practice=").append(id));
		return query.toString();
	}

	// taken as it is written, so that %20 in a test's query stays a space
	@Override
	protected ResultActions get(String path, @Nullable TestPrincipal who) throws Exception {
		return this.mvc.perform(as(MockMvcRequestBuilders.get(URI.create(path)).locale(Locale.ENGLISH), who));
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
		}
	}

}
