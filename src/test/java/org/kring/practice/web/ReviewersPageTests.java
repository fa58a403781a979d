package org.kring.practice.web;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.account.InstanceRole;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.practice.PracticePublished;
import org.kring.practice.PracticeReturned;
import org.kring.practice.PracticeReviewerAssigned;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeState;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinators' side of the evaluation: the queue, suggestions of experts marked when
 * they may not review, assigning (never the submitter, someone of the practice's
 * organisation, or the same person twice) with a mail in the reviewer's language,
 * starting with two reviewers, returning with comments and publishing after two reviews.
 */
@RecordApplicationEvents
class ReviewersPageTests extends ReviewTestSupport {

	@Autowired
	ApplicationEvents events;

	@Test
	void onlyCoordinatorsAndAdministratorsSeeTheQueueWithTheProgressOfEachPractice() throws Exception {
		TestPrincipal submitter = member("Sara Submitter");
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		TestPrincipal ann = member("Ann Reviewer");
		TestPrincipal bob = member("Bob Reviewer");
		this.practices.submitted(submitter, "Waiting job club");
		Practice inReview = this.practices.inReview(submitter, "Reviewed language cafe", coordinator, ann, bob);
		this.jdbc.update("update practice_review set submitted_at = current_timestamp where practice_id = ?"
				+ " and reviewer_id = ?", inReview.id(), ann.id());
		this.practices.draft(submitter, "Unsubmitted draft");

		get("/practices/evaluation", null).andExpect(redirectedUrl("/login"));
		get("/practices/evaluation", submitter).andExpect(status().isForbidden());
		get("/practices/evaluation", ann).andExpect(status().isForbidden());
		assertThat(page("/practices/evaluation", administrator("Ada Admin"))).contains("Waiting job club");
		String queue = page("/practices/evaluation", coordinator);
		assertThat(queue).contains("Waiting job club")
			.contains("Reviewed language cafe")
			.contains("1 of 2")
			.contains("href=\"/practices/" + inReview.id() + "/reviewers\"")
			.doesNotContain("Unsubmitted draft");
		assertThat(queue.indexOf("Waiting job club")).isLessThan(queue.indexOf("In review"));
	}

	@Test
	void theQueueIsReadInAsManyStatementsForTwelvePracticesAsForTwo() throws Exception {
		TestPrincipal submitter = member("Sara Submitter");
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		TestPrincipal ann = member("Ann Reviewer");
		this.practices.submitted(submitter, "First");
		this.practices.inReview(submitter, "Second", coordinator, ann);
		SqlStatements.Recorded two = SqlStatements
			.count(() -> get("/practices/evaluation", coordinator).andExpect(status().isOk()));
		for (int i = 0; i < 10; i++) {
			this.practices.inReview(submitter, "More " + i, coordinator, ann);
		}
		SqlStatements.Recorded twelve = SqlStatements
			.count(() -> get("/practices/evaluation", coordinator).andExpect(status().isOk()));

		assertThat(two.count()).as(two::describe).isBetween(1, 8);
		assertThat(twelve.count()).as(twelve::describe).isEqualTo(two.count());
	}

	@Test
	void theReviewersPageIsForCoordinatorsAndHiddenFromWhoeverMayNotReadThePractice() throws Exception {
		TestPrincipal submitter = member("Sara Submitter");
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		TestPrincipal ann = member("Ann Reviewer");
		Practice practice = this.practices.inReview(submitter, "Job club", coordinator, ann);
		String path = "/practices/" + practice.id() + "/reviewers";

		get(path, null).andExpect(redirectedUrl("/login"));
		get(path, member("Otto Outsider")).andExpect(status().isNotFound());
		get(path, submitter).andExpect(status().isForbidden());
		get(path, ann).andExpect(status().isForbidden());
		post(path, ann, "email", "x@example.org").andExpect(status().isForbidden());
		post("/practices/" + practice.id() + "/decision/publish", submitter, "summary", "Mine")
			.andExpect(status().isForbidden());
		get("/practices/" + UUID.randomUUID() + "/reviewers", coordinator).andExpect(status().isNotFound());
		get("/practices/not-an-id/reviewers", coordinator).andExpect(status().isNotFound());
		assertThat(page(path, coordinator)).contains("Evaluation of Job club").contains("Ann Reviewer");
		assertThat(page(path, administrator("Ada Admin"))).contains("Evaluation of Job club");
	}

	@Test
	void suggestionsAreExpertsOfThePracticeFieldsEachMarkedWhenTheyMayNotReviewIt() throws Exception {
		UUID runner = organisation("Welcome Office");
		TestPrincipal submitter = expert("Sara Submitter", 9, null);
		TestPrincipal colleague = expert("Colin Colleague", 8, runner);
		TestPrincipal affiliated = expert("Alba Affiliated", 7, null);
		affiliate(affiliated, runner);
		TestPrincipal free = expert("Fatima Free", 6, null);
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		Practice practice = submittedBy(submitter, "Job club", runner);

		String page = page("/practices/" + practice.id() + "/reviewers", coordinator);

		assertThat(page).contains("Sara Submitter (9 years in these fields)")
			.contains("The submitter may not review their own practice.")
			.contains("Colin Colleague")
			.contains("Alba Affiliated")
			.contains("value=\"" + free.id() + "\"")
			.doesNotContain("value=\"" + colleague.id() + "\"")
			.doesNotContain("value=\"" + affiliated.id() + "\"")
			.doesNotContain("value=\"" + submitter.id() + "\"");
		assertThat(page.split("works for the practice&#39;s organisation|works for the practice's organisation", -1))
			.hasSize(3);
	}

	@Test
	void theSubmitterSomeoneOfItsOrganisationTheSamePersonTwiceAndAnUnknownAddressAreRefusedNextToTheField()
			throws Exception {
		UUID runner = organisation("Welcome Office");
		TestPrincipal submitter = member("Sara Submitter");
		TestPrincipal colleague = member("Colin Colleague");
		affiliate(colleague, runner);
		TestPrincipal ann = member("Ann Reviewer");
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		Practice practice = submittedBy(submitter, "Job club", runner);
		String path = "/practices/" + practice.id() + "/reviewers";
		post(path, coordinator, "person", ann.id().toString()).andExpect(redirectedUrl(path));

		assertThat(refused(path, coordinator, "email", this.fixtures.emailOf(submitter)))
			.contains("The submitter may not review their own practice.")
			.contains("value=\"" + this.fixtures.emailOf(submitter) + "\"")
			.contains("id=\"reviewer-error\"");
		assertThat(refused(path, coordinator, "email", this.fixtures.emailOf(colleague)))
			.contains("works for the practice");
		assertThat(refused(path, coordinator, "email", this.fixtures.emailOf(ann)))
			.contains("Already a reviewer of this practice.");
		assertThat(refused(path, coordinator, "person", ann.id().toString()))
			.contains("Already a reviewer of this practice.");
		assertThat(refused(path, coordinator, "email", "nobody@example.org"))
			.contains("Nobody with an account has this e-mail address.");
		assertThat(refused(path, coordinator, "person", submitter.id().toString()))
			.contains("The submitter may not review their own practice.");
		assertThat(this.jdbc.queryForObject("select count(*) from practice_review where practice_id = ?", Integer.class,
				practice.id()))
			.isEqualTo(1);
	}

	@Test
	void anAssignedReviewerIsMailedInTheirLanguageWithTheLinkToTheirReview() throws Exception {
		TestPrincipal submitter = member("Sara Submitter");
		TestPrincipal dutch = this.fixtures.person("Daan Reviewer", InstanceRole.MEMBER, Locale.forLanguageTag("nl"));
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		Practice practice = this.practices.submitted(submitter, "Job club");

		post("/practices/" + practice.id() + "/reviewers", coordinator, "email", this.fixtures.emailOf(dutch))
			.andExpect(redirectedUrl("/practices/" + practice.id() + "/reviewers"));

		ReceivedMail mail = TestMail.newestTo(this.fixtures.emailOf(dutch));
		assertThat(mail.subject()).isEqualTo("Wil je de goede praktijk \"Job club\" beoordelen?");
		assertThat(mail.firstLink().getPath()).isEqualTo("/practices/" + practice.id() + "/review");
		assertThat(this.events.stream(PracticeReviewerAssigned.class))
			.contains(new PracticeReviewerAssigned(practice.id(), dutch.id()));
	}

	@Test
	void theReviewStartsOnlyWithTwoReviewersAndAReviewerWhoHasNotHandedInCanBeRemoved() throws Exception {
		TestPrincipal submitter = member("Sara Submitter");
		TestPrincipal ann = member("Ann Reviewer");
		TestPrincipal bob = member("Bob Reviewer");
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		Practice practice = this.practices.submitted(submitter, "Job club");
		String path = "/practices/" + practice.id() + "/reviewers";
		post(path, coordinator, "person", ann.id().toString()).andExpect(redirectedUrl(path));

		assertThat(refused(path + "/start", coordinator))
			.contains("Assign at least two reviewers before starting the review.");
		post(path, coordinator, "person", bob.id().toString()).andExpect(redirectedUrl(path));
		post(path + "/" + bob.id() + "/remove", coordinator).andExpect(redirectedUrl(path));
		assertThat(refused(path + "/start", coordinator)).contains("Assign at least two reviewers");
		post(path, coordinator, "person", bob.id().toString()).andExpect(redirectedUrl(path));
		post(path + "/start", coordinator).andExpect(redirectedUrl(path));

		assertThat(this.practices.reload(practice.id()).state()).isEqualTo(PracticeState.IN_REVIEW);
	}

	@Test
	void publishingNeedsASummaryAndTwoHandedInReviewsAndReturningNeedsComments() throws Exception {
		TestPrincipal submitter = member("Sara Submitter");
		TestPrincipal ann = member("Ann Reviewer");
		TestPrincipal bob = member("Bob Reviewer");
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		Practice practice = this.practices.inReview(submitter, "Job club", coordinator, ann, bob);
		String decision = "/practices/" + practice.id() + "/decision/";
		post("/practices/" + practice.id() + "/review", ann, review(4, "Clear and well run."))
			.andExpect(status().is3xxRedirection());

		assertThat(refused(decision + "publish", coordinator, "summary", " "))
			.contains("Write a summary of the evaluation");
		assertThat(refused(decision + "publish", coordinator, "summary", "Good work"))
			.contains("At least two reviews must be handed in before the practice is published.")
			.contains(">Good work</textarea>");
		assertThat(refused(decision + "return", coordinator, "comments", ""))
			.contains("Write what the submitter should change.");
		post("/practices/" + practice.id() + "/review", bob, review(2, "Needs evidence."))
			.andExpect(status().is3xxRedirection());
		post(decision + "publish", coordinator, "summary", "Reviewers agree it transfers well.")
			.andExpect(redirectedUrl("/practices/" + practice.id() + "/reviewers"));

		Practice published = this.practices.reload(practice.id());
		assertThat(published.state()).isEqualTo(PracticeState.PUBLISHED);
		assertThat(published.evaluationSummary()).isEqualTo("Reviewers agree it transfers well.");
		assertThat(this.events.stream(PracticePublished.class))
			.containsExactly(new PracticePublished(practice.id(), submitter.id()));
	}

	@Test
	void aReturnedPracticeCarriesTheCommentsAndTellsTheNotifications() throws Exception {
		TestPrincipal submitter = member("Sara Submitter");
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		Practice practice = this.practices.submitted(submitter, "Job club");

		post("/practices/" + practice.id() + "/decision/return", coordinator, "comments", "Add the results.")
			.andExpect(redirectedUrl("/practices/" + practice.id() + "/reviewers"));

		Practice returned = this.practices.reload(practice.id());
		assertThat(returned.state()).isEqualTo(PracticeState.RETURNED);
		assertThat(this.jdbc.queryForObject(
				"select comments from practice_state_change where practice_id = ?" + " and state = 'RETURNED'",
				String.class, practice.id()))
			.isEqualTo("Add the results.");
		assertThat(this.events.stream(PracticeReturned.class)).singleElement()
			.satisfies((event) -> assertThat(event.practiceId()).isEqualTo(practice.id()))
			.satisfies((event) -> assertThat(event.submitterId()).isEqualTo(submitter.id()));
		assertThat(page("/practices/evaluation", coordinator)).contains("Returned to their submitters");
	}

	private String refused(String path, TestPrincipal who, String... params) throws Exception {
		return text(post(path, who, params).andExpect(status().isUnprocessableContent()));
	}

}
