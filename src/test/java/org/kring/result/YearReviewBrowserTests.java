package org.kring.result;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.result.internal.Action;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor without JavaScript reads the year review of a public community's action
 * agenda, sees what became of each action with its updates, prints it without the site's
 * navigation and downloads it as CSV; a Dutch-speaking member reads it in Dutch. Every
 * page passes axe.
 */
class YearReviewBrowserTests extends ResultBrowserTestSupport {

	private final int year = LocalDate.now().getYear();

	@Test
	void visitorReadsPrintsAndDownloadsTheYearReview() throws Exception {
		TestPrincipal farida = this.fixtures.member("Farida");
		TestPrincipal anna = this.fixtures.member("Anna");
		UUID community = this.fixtures.community("PUBLIC", farida, anna);
		Action mapped = this.results.action(community, farida, "Map the rent offices", LocalDate.of(this.year, 3, 1),
				anna);
		this.jdbc.update("update result_action set status = 'DONE', progress = 100 where id = ?", mapped.id());
		update(mapped, anna, LocalDate.of(this.year, 1, 15), "Called twelve offices.", 50);
		update(mapped, anna, LocalDate.of(this.year, 2, 20), "All offices mapped.", 100);
		Action leaflet = this.results.action(community, farida, "Print the leaflet", null, anna);
		this.jdbc.update(
				"update result_action set status = 'DROPPED', drop_reason = 'The city prints it.' where id = ?",
				leaflet.id());
		String review = "/communities/" + MeetingFixtures.slugOf(community) + "/actions/review?year=" + this.year;

		Page visitor = this.browser.newPage((options) -> options.setLocale("en").setJavaScriptEnabled(false));
		this.browser.visit(visitor, review);
		assertThat(visitor.locator("h1")).containsText("Year review " + this.year);
		assertThat(visitor.locator(".review-counts")).containsText("Done");
		assertThat(visitor.locator("#action-" + mapped.id())).containsText("Called twelve offices.");
		assertThat(visitor.locator("#action-" + mapped.id())).containsText("All offices mapped.");
		assertThat(visitor.locator("#action-" + mapped.id())).containsText("Anna");
		assertThat(visitor.locator("#action-" + leaflet.id())).containsText("The city prints it.");
		assertThat(visitor.locator(".print-hint")).containsText("Print");

		visitor.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(visitor.locator(".site-header nav")).isHidden();
		assertThat(visitor.locator(".site-footer")).isHidden();
		assertThat(visitor.locator(".print-hint")).isHidden();
		assertThat(visitor.locator("#action-" + mapped.id())).isVisible();
		visitor.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

		Download download = visitor.waitForDownload(() -> visitor
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download as CSV (spreadsheet)"))
			.click());
		assertThat(download.failure()).isNull();
		assertThat(download.suggestedFilename())
			.isEqualTo("actions-" + MeetingFixtures.slugOf(community) + "-" + this.year + ".csv");
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(csv).contains("Map the rent offices,Done,Anna,")
			.contains("All offices mapped.")
			.contains("Print the leaflet,Dropped,");

		Page member = this.browser.newPage((options) -> options.setLocale("nl-BE"));
		this.browser.visit(member, review);
		assertThat(member.locator("h1")).containsText("Jaaroverzicht " + this.year);
		assertThat(member.locator("#action-" + leaflet.id())).containsText("Waarom ze werd geschrapt");
	}

	private void update(Action action, TestPrincipal by, LocalDate on, String text, int percentage) {
		this.jdbc.update(
				"insert into result_action_update (id, action_id, written_by, written_at, update_on, text, percentage)"
						+ " values (?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), action.id(), by.id(), Timestamp.from(Instant.now()), on, text, percentage);
	}

}
