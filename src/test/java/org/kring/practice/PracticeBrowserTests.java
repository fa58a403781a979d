package org.kring.practice;

import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.kring.expertise.SampleFiles;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeState;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member writes a practice, misses parts on submitting, fills them in, saves a draft,
 * attaches a file and submits it; it shows as submitted in their practices. Once
 * published, a visitor finds it in the list and opens it. Every page passes axe.
 */
class PracticeBrowserTests extends PracticeBrowserTestSupport {

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aMemberSharesAPracticeThatAVisitorFindsOncePublished() {
		TestPrincipal ana = this.fixtures.member("Ana");
		TestPrincipal cora = this.fixtures.person("Cora", org.kring.account.InstanceRole.COORDINATOR,
				java.util.Locale.ENGLISH);
		Page page = signedIn(ana);

		this.browser.visit(page, "/practices");
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Share a good practice")));
		page.locator("#title").fill("Ghent language café");
		page.locator("#region").fill("Ghent");
		this.browser.click(button(page, "Submit for review"));
		assertThat(page.locator("#summary-error")).hasText("Submitting needs a summary.");
		assertThat(page.locator("#country-error")).hasText("Submitting needs the country.");
		assertThat(page.locator("#title")).hasValue("Ghent language café");
		assertThat(page.locator("#region")).hasValue("Ghent");

		page.locator("#summary").fill("Newcomers and neighbours practise Dutch over coffee.");
		page.locator("#country").selectOption("BE");
		page.locator("#field-" + PracticeFixtures.FIELD).check();
		page.locator("#targetGroup-WOMEN").check();
		page.locator("#organisationName").fill("Fictional Welcome Office");
		page.locator("#activities").fill("Weekly **conversation tables** in the library.");
		this.browser.click(button(page, "Save draft"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your draft is saved.");

		page.locator("#file").setInputFiles(new FilePayload("report.pdf", "application/pdf", SampleFiles.pdf()));
		this.browser.click(button(page, "Add file"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The file is added.");
		assertThat(page.locator("main")).containsText("report.pdf");
		this.browser.click(button(page, "Submit for review"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your practice is submitted.");
		assertThat(page.locator("h1")).hasText("Ghent language café");

		this.browser.visit(page, "/practices");
		assertThat(page.locator("main")).containsText("My practices");
		assertThat(page.locator("main")).containsText("Ghent language café · Submitted");

		UUID id = this.jdbc.queryForObject("select id from practice where submitted_by = ?", UUID.class, ana.id());
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			Practice practice = this.practices.reload(id);
			assertThat(practice.state()).isEqualTo(PracticeState.SUBMITTED);
			practice.startReview(cora.id(), Instant.now());
			practice.publish("Worth transferring.", cora.id(), Instant.now());
		});

		Page visitor = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.visit(visitor, "/practices");
		this.browser
			.click(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghent language café")));
		assertThat(visitor.locator("h1")).hasText("Ghent language café");
		assertThat(visitor.locator("main")).containsText("conversation tables");
		assertThat(visitor.locator("main")).containsText("report.pdf");
	}

}
