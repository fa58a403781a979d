package org.kring.practice.web;

import java.nio.file.Files;
import java.util.Locale;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.practice.PracticeBrowserTestSupport;
import org.kring.practice.internal.Practice;
import org.kring.system.TestPrincipal;
import org.kring.account.InstanceRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.practice.PracticeFixtures.FIELD;

/**
 * A visitor reads the benchmark, mistypes a year and follows a cell to the practice list;
 * a coordinator forgets to choose practices for a handbook, then chooses two and
 * downloads the PDF, which holds both. The benchmark and the handbook form pass axe.
 */
class BenchmarkHandbookBrowserTests extends PracticeBrowserTestSupport {

	@Test
	void aVisitorComparesCountriesAndACoordinatorDownloadsAHandbookOfTwoPractices() throws Exception {
		TestPrincipal coordinator = this.fixtures.person("Cleo Coordinator", InstanceRole.COORDINATOR, Locale.ENGLISH);
		ScoredPractices scored = new ScoredPractices(this.jdbc, this.practices, this.fixtures.member("Sam Submitter"),
				coordinator);
		Practice coaching = scored.published("Job coaching on the shop floor", "BE", FIELD);
		scored.handedIn(coaching, 4, 5);
		Practice club = scored.published("Homework club for families", "NL", ScoredPractices.EDUCATION);
		scored.handedIn(club, 3);
		scored.published("Buddy walks", "BE", FIELD);

		Page visitor = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.visit(visitor, "/practices/benchmark");
		this.browser.checkAccessibility(visitor);
		assertThat(visitor.locator("caption"))
			.hasText("Published practices and their mean score, by field and country");
		assertThat(visitor.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions()
					.setName("Labour-market integration in Belgium: 2 practices, mean score 4.5")))
			.hasAttribute("href", "/practices?field=labour-market&country=BE");
		visitor.locator("#year").fill("twenty");
		this.browser.click(visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")));
		assertThat(visitor.locator("#year-error")).hasText("Enter a year between 1900 and 2200, such as 2021.");
		assertThat(visitor.locator("#year")).hasValue("twenty");

		Page page = signedIn(coordinator);
		this.browser.visit(page, "/practices/handbook");
		this.browser.checkAccessibility(page);
		page.locator("#title").fill("Welcome that works");
		this.browser.click(button(page, "Download PDF"));
		assertThat(page.locator("#practice-error")).hasText("Choose at least one published practice.");
		assertThat(page.locator("#title")).hasValue("Welcome that works");

		page.getByLabel("Job coaching on the shop floor").check();
		page.getByLabel("Homework club for families").check();
		Download download = page.waitForDownload(() -> button(page, "Download PDF").click());
		assertThat(download.failure()).isNull();
		assertThat(download.suggestedFilename()).matches("handbook-\\d{4}-\\d{2}-\\d{2}\\.pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(HandbookPageTests.textOf(pdf)).contains("Welcome that works")
			.contains("Job coaching on the shop floor")
			.contains("Homework club for families")
			.doesNotContain("Buddy walks");
	}

}
