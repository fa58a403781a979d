package org.kring.practice.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kring.practice.internal.Practice;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice page's sections from the evaluation: the evaluation of a published
 * practice for every reader, without reviewers' names; the reviewers and their progress,
 * never their scores, for coordinators and the practice's reviewers while it is in
 * review; each read in as many statements for six reviewers as for two.
 */
class EvaluationSectionTests extends ReviewTestSupport {

	@Autowired
	EvaluationSection evaluation;

	@Autowired
	ReviewProgressSection progress;

	@Autowired
	ViewResolver jteViewResolver;

	@Test
	void aPublishedPracticeShowsMeanSpreadCountSummaryAndJustificationsToEveryReader() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		Practice practice = this.practices.published(member("Sara Submitter"), "Job club", coordinator);
		handedIn(practice, member("Ann Reviewer"), 5, "Ann: clearly needed.");
		handedIn(practice, member("Bob Reviewer"), 2, "Bob: thin evidence.");

		PracticePageSection.Section section = this.evaluation.section(practice, null, Locale.ENGLISH).orElseThrow();

		assertThat(section.id()).isEqualTo("evaluation");
		assertThat(section.headingKey()).isEqualTo("practicereview.evaluation.title");
		assertThat(this.evaluation.order()).isEqualTo(100);
		String html = render(section);
		assertThat(html).contains("Reviewers found it well worth transferring.")
			.contains("<th scope=\"row\">Relevance</th>")
			.contains("<td>3.5</td>")
			.contains("2 to 5")
			.contains("<td>1.5</td>")
			.contains("Ann: clearly needed.")
			.contains("Bob: thin evidence.")
			.doesNotContain("Ann Reviewer")
			.doesNotContain("Bob Reviewer");
	}

	@Test
	void aPracticeNotYetPublishedHasNoEvaluationSection() {
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		TestPrincipal ann = member("Ann Reviewer");
		Practice practice = this.practices.inReview(member("Sara Submitter"), "Job club", coordinator, ann);
		handedIn(practice, ann, 4, "Fine.");

		assertThat(this.evaluation.section(practice, coordinator, Locale.ENGLISH)).isEmpty();
		assertThat(this.evaluation.section(practice, ann, Locale.ENGLISH)).isEmpty();
	}

	@Test
	void coordinatorsAndReviewersSeeWhoHandedInButNeverTheScoresOthersDoNotSeeTheSection() throws Exception {
		TestPrincipal submitter = member("Sara Submitter");
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		TestPrincipal ann = member("Ann Reviewer");
		TestPrincipal bob = member("Bob Reviewer");
		Practice practice = this.practices.inReview(submitter, "Job club", coordinator, ann, bob);
		handedIn(practice, ann, 4, "Ann's secret justification.");

		String coordinators = render(this.progress.section(practice, coordinator, Locale.ENGLISH).orElseThrow());
		assertThat(coordinators).contains("Ann Reviewer: handed in on")
			.contains("Bob Reviewer: not handed in yet")
			.contains("href=\"/practices/" + practice.id() + "/reviewers\"")
			.doesNotContain("secret");
		String bobs = render(this.progress.section(practice, bob, Locale.ENGLISH).orElseThrow());
		assertThat(bobs).contains("href=\"/practices/" + practice.id() + "/review\"")
			.doesNotContain("/reviewers\"")
			.doesNotContain("secret");
		assertThat(this.progress.section(practice, administrator("Ada Admin"), Locale.ENGLISH)).isPresent();
		assertThat(this.progress.section(practice, submitter, Locale.ENGLISH)).isEmpty();
		assertThat(this.progress.section(practice, member("Otto Outsider"), Locale.ENGLISH)).isEmpty();
		assertThat(this.progress.section(practice, null, Locale.ENGLISH)).isEmpty();
		assertThat(this.progress.order()).isEqualTo(200);
	}

	@Test
	void bothSectionsAreReadInAsManyStatementsForSixReviewersAsForTwo() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		Practice few = this.practices.published(member("Sara Submitter"), "Few", coordinator);
		Practice many = this.practices.published(member("Sam Submitter"), "Many", coordinator);
		for (int i = 0; i < 2; i++) {
			handedIn(few, member("Few " + i), 3, "Fine.");
		}
		for (int i = 0; i < 6; i++) {
			handedIn(many, member("Many " + i), 3, "Fine.");
		}
		Practice fewInReview = this.practices.inReview(member("Sol"), "Few in review", coordinator, member("R1"),
				member("R2"));
		Practice manyInReview = this.practices.inReview(member("Sid"), "Many in review", coordinator, member("R3"),
				member("R4"), member("R5"), member("R6"), member("R7"), member("R8"));

		SqlStatements.Recorded two = SqlStatements.count(() -> {
			this.evaluation.section(few, null, Locale.ENGLISH);
			this.progress.section(fewInReview, coordinator, Locale.ENGLISH);
		});
		SqlStatements.Recorded six = SqlStatements.count(() -> {
			this.evaluation.section(many, null, Locale.ENGLISH);
			this.progress.section(manyInReview, coordinator, Locale.ENGLISH);
		});

		assertThat(two.count()).as(two::describe).isBetween(2, 6);
		assertThat(six.count()).as(six::describe).isEqualTo(two.count());
	}

	private void handedIn(Practice practice, TestPrincipal reviewer, int score, String justification) {
		int assigned = this.jdbc.update("update practice_review set submitted_at = current_timestamp"
				+ " where practice_id = ? and reviewer_id = ?", practice.id(), reviewer.id());
		if (assigned == 0) {
			this.jdbc.update(
					"insert into practice_review (practice_id, reviewer_id, assigned_by, assigned_at,"
							+ " submitted_at) values (?, ?, ?, current_timestamp, current_timestamp)",
					practice.id(), reviewer.id(), reviewer.id());
		}
		for (var criterion : asked()) {
			this.jdbc.update("insert into practice_score (practice_id, reviewer_id, criterion_id, score, justification)"
					+ " values (?, ?, ?, ?, ?)", practice.id(), reviewer.id(), criterion, score, justification);
		}
	}

	private String render(PracticePageSection.Section section) throws Exception {
		String name = section.template().replaceFirst("\\.jte$", "");
		View view = Optional.ofNullable(this.jteViewResolver.resolveViewName(name, Locale.ENGLISH)).orElseThrow();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/practices/any");
		MockHttpServletResponse response = new MockHttpServletResponse();
		view.render(Map.of("model", section.model()), request, response);
		return response.getContentAsString();
	}

}
