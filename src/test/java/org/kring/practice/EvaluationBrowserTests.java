package org.kring.practice;

import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.account.InstanceRole;
import org.kring.expertise.ExpertProfiles;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeState;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation from start to end: a coordinator assigns two experts suggested for the
 * practice's field and starts the review; each expert scores every criterion (the first
 * after being told a justification is missing); the coordinator publishes the practice
 * with a summary, and the evaluation shows its means. An administrator adds a criterion
 * (after being told it needs a name), moves it and retires it. Every page passes axe.
 */
class EvaluationBrowserTests extends PracticeBrowserTestSupport {

	@Autowired
	ExpertProfiles profiles;

	private EvaluationSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new EvaluationSteps(this.browser, this.jdbc, this.fixtures, this.profiles, this::signedIn);
	}

	@AfterEach
	void deleteProfiles() {
		this.steps.deleteExperts();
	}

	@Test
	void twoExpertsScoreAPracticeAndTheCoordinatorPublishesItsEvaluation() {
		TestPrincipal submitter = this.fixtures.member("Sara Submitter");
		TestPrincipal coordinator = this.fixtures.person("Cora Coordinator", InstanceRole.COORDINATOR, Locale.ENGLISH);
		TestPrincipal ann = this.steps.expert("Ann Expert", 12);
		TestPrincipal bob = this.steps.expert("Bob Expert", 5);
		Practice practice = this.practices.submitted(submitter, "Language cafe for parents");
		String reviewers = "/practices/" + practice.id() + "/reviewers";

		Page coordinating = signedIn(coordinator);
		this.browser.visit(coordinating, "/practices/evaluation");
		this.browser.click(coordinating.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Language cafe for parents")));
		assertThat(coordinating.locator("h1")).hasText("Evaluation of Language cafe for parents");
		this.browser.click(button(coordinating, "Start review"));
		assertThat(coordinating.getByRole(AriaRole.ALERT))
			.hasText("Assign at least two reviewers before starting the review.");
		this.browser.click(button(coordinating, "Assign Ann Expert"));
		assertThat(coordinating.getByRole(AriaRole.STATUS)).hasText("The reviewer was assigned and told by e-mail.");
		this.browser.click(button(coordinating, "Assign Bob Expert"));
		this.browser.click(button(coordinating, "Start review"));
		assertThat(coordinating.getByRole(AriaRole.STATUS)).hasText("The review has started.");

		this.steps.score(ann, practice.title(), 5, true);
		this.steps.score(bob, practice.title(), 4, false);

		this.browser.visit(coordinating, reviewers);
		assertThat(coordinating.locator("main")).containsText("Reviewers (2 of 2 handed in)");
		coordinating.locator("#summary").fill("Both reviewers would transfer it to their city.");
		this.browser.click(button(coordinating, "Publish"));
		assertThat(coordinating.getByRole(AriaRole.STATUS)).hasText("The practice is published with its evaluation.");
		assertThat(this.practices.reload(practice.id()).state()).isEqualTo(PracticeState.PUBLISHED);

		Page annPage = signedIn(ann);
		this.browser.visit(annPage, "/practices/" + practice.id() + "/review");
		assertThat(annPage.locator("main table tbody tr").first()).containsText("Relevance");
		assertThat(annPage.locator("main table tbody tr").first()).containsText("4.5");
		assertThat(annPage.locator("main table tfoot")).containsText("4.5");
		assertThat(annPage.locator("main")).containsText("Bob Expert: Scored 4: Bob's reasons.");
	}

	@Test
	void anAdministratorAddsMovesAndRetiresACriterion() {
		TestPrincipal admin = this.fixtures.person("Ada Admin", InstanceRole.ADMINISTRATOR, Locale.ENGLISH);
		Page page = signedIn(admin);

		this.browser.visit(page, "/admin/practice-criteria");
		page.locator("#description").fill("What one participant costs a year.");
		this.browser.click(button(page, "Add the criterion"));
		assertThat(page.locator("#name-error")).hasText("Give the criterion a name.");
		assertThat(page.locator("#description")).hasValue("What one participant costs a year.");
		page.locator("#name").fill("Cost per participant");
		this.browser.click(button(page, "Add the criterion"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The criterion was added.");
		this.browser.click(button(page, "Move up Cost per participant"));
		assertThat(page.locator("tbody tr").nth(5)).containsText("Cost per participant");
		this.browser.click(button(page, "Retire Cost per participant"));
		assertThat(page.locator("tbody tr").nth(5)).containsText("Retired");
		assertThat(button(page, "Restore Cost per participant")).isVisible();
	}

}
