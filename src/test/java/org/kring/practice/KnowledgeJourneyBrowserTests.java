package org.kring.practice;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.persistence.EntityManagerFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.account.InstanceRole;
import org.kring.expertise.ExpertProfiles;
import org.kring.search.internal.SearchIndex;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of issue 7 through the pages only: a member submits a practice through the
 * form; a coordinator finds it among the practices to evaluate, assigns two experts of
 * its field and starts the review; both score it on the review page; the coordinator
 * publishes it with a summary; the benchmark counts it in its field and country and links
 * to the list; the search box in the header finds it by another form of a word of its
 * title; the coordinator puts it into a handbook and downloads the PDF, which holds its
 * title and evaluation. Every page passes axe.
 */
class KnowledgeJourneyBrowserTests extends PracticeBrowserTestSupport {

	private static final String TITLE = "Neighbourhood bakeries teaching newcomers";

	@Autowired
	ExpertProfiles profiles;

	@Autowired
	SearchIndex index;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private EvaluationSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new EvaluationSteps(this.browser, this.jdbc, this.fixtures, this.profiles, this::signedIn);
	}

	@AfterEach
	void deleteExpertsAndEmptyIndex() {
		this.steps.deleteExperts();
		this.index.lastRebuild().join();
		Search.mapping(this.entityManagerFactory).scope(Object.class).workspace().purge();
	}

	@Test
	void aSubmittedPracticeIsEvaluatedPublishedComparedFoundAndPutIntoAHandbook() throws IOException {
		TestPrincipal member = this.fixtures.member("Mona Member");
		TestPrincipal coordinator = this.fixtures.person("Cora Coordinator", InstanceRole.COORDINATOR, Locale.ENGLISH);
		TestPrincipal ann = this.steps.expert("Ann Expert", 12);
		TestPrincipal bob = this.steps.expert("Bob Expert", 5);

		submit(member);

		Page coordinating = signedIn(coordinator);
		this.browser.visit(coordinating, "/practices");
		this.browser.click(link(coordinating, "Practices to evaluate"));
		this.browser.click(link(coordinating, TITLE));
		assertThat(coordinating.locator("h1")).hasText("Evaluation of " + TITLE);
		this.browser.click(button(coordinating, "Assign Ann Expert"));
		this.browser.click(button(coordinating, "Assign Bob Expert"));
		this.browser.click(button(coordinating, "Start review"));
		assertThat(coordinating.getByRole(AriaRole.STATUS)).hasText("The review has started.");

		this.steps.score(ann, TITLE, 5, false);
		this.steps.score(bob, TITLE, 4, false);

		this.browser.visit(coordinating, "/practices/evaluation");
		this.browser.click(link(coordinating, TITLE));
		assertThat(coordinating.locator("main")).containsText("Reviewers (2 of 2 handed in)");
		coordinating.locator("#summary").fill("Both reviewers would open such a bakery in their town.");
		this.browser.click(button(coordinating, "Publish"));
		assertThat(coordinating.getByRole(AriaRole.STATUS)).hasText("The practice is published with its evaluation.");

		compareInTheBenchmark();
		findBySearch();
		assertThat(handbook(coordinating)).contains(TITLE)
			.contains("Both reviewers would open such a bakery in their town.")
			.contains("Reviewers who handed in their scores: 2")
			.contains("Relevance 4.5 4 to 5");
	}

	private void submit(TestPrincipal member) {
		Page page = signedIn(member);
		this.browser.visit(page, "/practices");
		this.browser.click(link(page, "Share a good practice"));
		page.locator("#title").fill(TITLE);
		page.locator("#summary").fill("Bakers take newcomers on as apprentices for six months.");
		page.locator("#country").selectOption("LU");
		page.locator("#region").fill("Esch-sur-Alzette");
		page.locator("#language").selectOption("en");
		page.locator("#field-" + PracticeFixtures.FIELD).check();
		page.locator("#targetGroup-REFUGEES").check();
		page.locator("#organisationName").fill("Fictional Bakers' Guild");
		page.locator("#activities").fill("Apprentices bake at night next to an experienced baker.");
		this.browser.click(button(page, "Submit for review"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your practice is submitted.");
		assertThat(page.locator("h1")).hasText(TITLE);
	}

	private void compareInTheBenchmark() {
		Page visitor = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.visit(visitor, "/practices");
		this.browser.click(link(visitor, "Good practices across countries"));
		Locator cell = link(visitor, "Labour-market integration in Luxembourg: 1 practice, mean score 4.5");
		assertThat(cell).hasAttribute("href", "/practices?field=" + PracticeFixtures.FIELD + "&country=LU");
		this.browser.click(cell);
		assertThat(visitor.locator("main ul.cards > li")).hasCount(1);
		assertThat(link(visitor, TITLE)).isVisible();
	}

	private void findBySearch() {
		Page visitor = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.visit(visitor, "/");
		visitor.getByLabel("Search everything").fill("bakery");
		this.browser
			.click(visitor.locator("header").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Go")));
		visitor.waitForURL("**/search?q=bakery");
		this.browser.click(link(visitor, TITLE));
		assertThat(visitor.locator("h1")).hasText(TITLE);
		assertThat(visitor.locator("main")).containsText("Both reviewers would open such a bakery in their town.");
	}

	private String handbook(Page coordinating) throws IOException {
		this.browser.visit(coordinating, "/practices");
		this.browser.click(link(coordinating, "Handbook of good practices"));
		coordinating.getByLabel(TITLE).check();
		Download download = coordinating.waitForDownload(() -> button(coordinating, "Download PDF").click());
		assertThat(download.failure()).isNull();
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
