package org.kring.result.web;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.result.ResultTestSupport;
import org.kring.result.internal.Action;
import org.kring.result.internal.Origin;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year review of an action agenda: who may read it, what it tells of each action and
 * its updates, the same as comma-separated values and as a PDF, and as many SQL
 * statements for 20 actions as for 2.
 */
@Tag("database")
class YearReviewPageTests extends ResultTestSupport {

	private final int year = LocalDate.now().getYear();

	@Test
	void whoeverReadsTheCommunityReadsItsReview() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Mila");
		TestPrincipal outsider = member("Otto");
		TestPrincipal administrator = administrator("Ada");
		UUID open = community("PUBLIC", facilitator, member);
		UUID closed = community("MEMBERS_ONLY", facilitator, member);
		this.results.action(open, facilitator, "Public action", null, member);
		this.results.action(closed, facilitator, "Members action", null, member);

		for (TestPrincipal who : new TestPrincipal[] { null, outsider, member, administrator }) {
			get(review(open, ""), who).andExpect(status().isOk());
			get(review(open, ".csv"), who).andExpect(status().isOk());
		}
		for (TestPrincipal who : new TestPrincipal[] { null, outsider }) {
			get(review(closed, ""), who).andExpect(status().isNotFound());
			get(review(closed, ".csv"), who).andExpect(status().isNotFound());
			get(review(closed, ".pdf"), who).andExpect(status().isNotFound());
		}
		for (TestPrincipal who : new TestPrincipal[] { member, facilitator, administrator }) {
			assertThat(page(review(closed, ""), who)).contains("Members action");
		}
		get("/communities/no-such-community/actions/review", member).andExpect(status().isNotFound());
		get("/communities/" + MeetingFixtures.slugOf(closed) + "/actions/review?year=soon", member)
			.andExpect(status().isNotFound());
		assertThat(page("/communities/" + MeetingFixtures.slugOf(closed) + "/actions/review", member))
			.as("the current year without one")
			.contains("Year review " + this.year);
	}

	@Test
	void reviewTellsWhatBecameOfEachActionWithItsUpdates() throws Exception {
		Cast cast = cast();
		String html = page(review(cast.community, ""), null);

		assertThat(html).contains("Year review " + this.year + ": ")
			.contains("<dt>Done</dt><dd>1</dd>")
			.contains("<dt>In progress</dt><dd>1</dd>")
			.contains("<dt>Planned</dt><dd>2</dd>")
			.contains("<dt>Dropped</dt><dd>1</dd>")
			.contains("<dt>Overdue</dt><dd>1</dd>");
		assertThat(section(html, "Map the rent offices")).contains("Done")
			.contains("Anna, Bert")
			.contains("100%")
			.contains("href=\"/meetings/" + cast.meeting.id() + "\"")
			.contains("March meeting")
			.contains("Housing and income")
			.contains("Called twelve offices.")
			.contains("All offices mapped.");
		assertThat(section(html, "Print the leaflet")).contains("Dropped")
			.contains("Why it was dropped")
			.contains("The city prints it.");
		assertThat(section(html, "Visit the alderman")).contains("Overdue").contains("Needs an owner");
		assertThat(section(html, "Train the volunteers")).contains("In progress")
			.contains("Put on the agenda directly")
			.contains("No progress update.");
		assertThat(page(review(cast.community, "").replace("year=" + this.year, "year=" + (this.year - 1)), null))
			.contains("There was no action on the agenda of " + (this.year - 1) + ".");
	}

	@Test
	void reviewDownloadsAsCommaSeparatedValues() throws Exception {
		Cast cast = cast();
		MockHttpServletResponse response = get(review(cast.community, ".csv"), null).andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition"))
			.contains("actions-" + MeetingFixtures.slugOf(cast.community) + "-" + this.year + ".csv");
		String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).substring(1);
		List<String> rows = csv.lines().toList();
		assertThat(rows).hasSize(6);
		assertThat(rows.get(0)).isEqualTo(
				"Action,Status,Owners,Due date,Progress (%),Why it was dropped,Meeting,Theme,Number of updates,Last update");
		assertThat(rows.get(1)).isEqualTo("Map the rent offices,Done,\"Anna, Bert\"," + LocalDate.of(this.year, 3, 1)
				+ ",100,,March meeting,Housing and income,2,All offices mapped.");
		assertThat(rows.get(2)).startsWith("Print the leaflet,Dropped,").contains(",The city prints it.,");
		assertThat(rows.get(5)).as("a formula is not a formula").startsWith("\"'=HYPERLINK(");
	}

	@Test
	void reviewDownloadsAsAPdfWithEveryActionAndUpdate() throws Exception {
		Cast cast = cast();
		MockHttpServletResponse response = get(review(cast.community, ".pdf"), null).andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.contains("actions-" + MeetingFixtures.slugOf(cast.community) + "-" + this.year + ".pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Year review " + this.year)
				.contains("Map the rent offices")
				.contains("Called twelve offices.")
				.contains("All offices mapped.")
				.contains("Print the leaflet")
				.contains("The city prints it.")
				.contains("Visit the alderman")
				.contains("Train the volunteers")
				.contains("Réunion à Liège: façade, naïve, Ærø");
		}
	}

	@Test
	void reviewDownloadsAsAPdfInTheReadersLanguage() throws Exception {
		Cast cast = cast();
		for (String language : new String[] { "fr", "ar" }) {
			byte[] pdf = this.mvc
				.perform(as(
						MockMvcRequestBuilders.get(review(cast.community, ".pdf")).header("Accept-Language", language),
						null))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).as(language).contains("Map the rent offices").contains("All offices mapped.");
				if (language.equals("fr")) {
					assertThat(text).contains("Bilan " + this.year).contains("Pourquoi elle a été abandonnée");
				}
			}
		}
	}

	@Test
	void reviewReadsAsManyStatementsForTwentyActionsAsForTwo() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		UUID community = community("PUBLIC", facilitator, anna);
		Meeting meeting = this.fixtures.meeting(community, facilitator, "March meeting");
		actionsWithUpdates(community, facilitator, anna, meeting, 2);
		SqlStatements.Recorded two = SqlStatements
			.count(() -> get(review(community, ""), anna).andExpect(status().isOk()));
		actionsWithUpdates(community, facilitator, anna, meeting, 18);
		SqlStatements.Recorded twenty = SqlStatements
			.count(() -> get(review(community, ""), anna).andExpect(status().isOk()));
		assertThat(two.count()).as(two::describe).isBetween(1, 12);
		assertThat(twenty.count()).as(twenty::describe).isEqualTo(two.count());
	}

	private void actionsWithUpdates(UUID community, TestPrincipal by, TestPrincipal owner, Meeting meeting, int count) {
		for (int i = 0; i < count; i++) {
			Action action = action(community, by, "Action " + i, new Origin(meeting.id(), null, "Theme " + i, null),
					null, owner);
			for (int u = 1; u <= 3; u++) {
				update(action, by, LocalDate.of(this.year, u, 1), "Update " + u + " of action " + i, u * 30);
			}
		}
	}

	/**
	 * A public community's agenda of this year: an action done (from a meeting, two
	 * updates), one dropped, one overdue without owner, one in progress, one whose title
	 * looks like a formula.
	 */
	private Cast cast() {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		TestPrincipal bert = member("Bert");
		UUID community = community("PUBLIC", facilitator, anna, bert);
		Meeting meeting = this.fixtures.meeting(community, facilitator, "March meeting");
		Action mapped = action(community, facilitator, "Map the rent offices",
				new Origin(meeting.id(), null, "Housing and income", null), LocalDate.of(this.year, 3, 1), bert, anna);
		this.jdbc.update("update result_action set status = 'DONE', progress = 100 where id = ?", mapped.id());
		update(mapped, anna, LocalDate.of(this.year, 1, 15), "Called twelve offices.", 50);
		update(mapped, bert, LocalDate.of(this.year, 2, 20), "All offices mapped.", 100);
		Action leaflet = action(community, facilitator, "Print the leaflet", Origin.DIRECT, null, anna);
		this.jdbc.update(
				"update result_action set status = 'DROPPED', drop_reason = 'The city prints it.' where id = ?",
				leaflet.id());
		Action visit = action(community, facilitator, "Visit the alderman", Origin.DIRECT, LocalDate.now().minusDays(1),
				anna);
		this.jdbc.update("update result_action set needs_owner = true where id = ?", visit.id());
		this.jdbc.update("delete from result_action_owner where action_id = ?", visit.id());
		Action training = action(community, facilitator, "Train the volunteers", Origin.DIRECT, null, bert);
		this.jdbc.update("update result_action set status = 'IN_PROGRESS', progress = 20,"
				+ " description = 'Réunion à Liège: façade, naïve, Ærø' where id = ?", training.id());
		action(community, facilitator, "=HYPERLINK(\"https://example.org\")", Origin.DIRECT, null, anna);
		return new Cast(community, meeting);
	}

	private Action action(UUID community, TestPrincipal by, String title, Origin origin, @Nullable LocalDate dueOn,
			TestPrincipal... owners) {
		Set<UUID> ids = new java.util.LinkedHashSet<>();
		for (TestPrincipal owner : owners) {
			ids.add(owner.id());
		}
		// one millisecond apart, so that the agenda's order is the order they were made
		// in
		Instant made = Instant.now().plusMillis(this.made++);
		return this.actions.save(Action.plan(community, this.year, title, null, dueOn, ids, origin, by.id(), made));
	}

	private long made;

	private void update(Action action, TestPrincipal by, LocalDate on, String text, int percentage) {
		this.jdbc.update(
				"insert into result_action_update (id, action_id, written_by, written_at, update_on, text, percentage)"
						+ " values (?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), action.id(), by.id(), Timestamp.from(Instant.now()), on, text, percentage);
	}

	private String review(UUID community, String format) {
		return "/communities/" + MeetingFixtures.slugOf(community) + "/actions/review" + format + "?year=" + this.year;
	}

	private String page(String path, @Nullable TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String section(String html, String title) {
		int start = html.indexOf(">" + title + "</a></h3>");
		assertThat(start).as(title).isPositive();
		int next = html.indexOf("<li class=\"review-action\"", start);
		return html.substring(start, (next > 0) ? next : html.length());
	}

	private record Cast(UUID community, Meeting meeting) {
	}

}
