package org.kring.community.web;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.community.CommunityRole;
import org.kring.community.JoinPolicy;
import org.kring.community.MembershipTestSupport;
import org.kring.community.Visibility;
import org.kring.community.internal.Admissions;
import org.kring.community.internal.Community;
import org.kring.community.internal.MembershipApplication;
import org.kring.community.internal.MembershipApplications;
import org.kring.community.internal.MembershipRefused;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Joining an open community, applying to one on approval and a facilitator's decision:
 * the applicant's mail either way, and one decision only, also when two facilitators
 * decide at the same moment.
 */
class ApplicationFlowTests extends MembershipTestSupport {

	@Autowired
	Admissions admissions;

	@Autowired
	MembershipApplications applications;

	@Test
	void aSignedInPersonJoinsAnOpenCommunityWithOneClickOnce() throws Exception {
		Community community = community(JoinPolicy.OPEN, Visibility.PUBLIC, person("Fatou"));
		TestPrincipal joiner = person("Jonas");
		post("/communities/" + community.slug() + "/join", joiner)
			.andExpect(redirectedUrl("/communities/" + community.slug()));
		assertThat(roleOf(community, joiner)).isEqualTo(CommunityRole.MEMBER);
		post("/communities/" + community.slug() + "/join", joiner).andExpect(status().isFound());
		assertThat(this.memberships.countByCommunityId(community.id())).isEqualTo(2);
		assertThat(history(community)).containsExactly("JOINED");
	}

	@Test
	void twoJoinClicksAtOnceMakeOneMembershipAndNoError() throws Exception {
		for (int round = 0; round < 5; round++) {
			Community community = community(JoinPolicy.OPEN, Visibility.PUBLIC, person("Fatou"));
			TestPrincipal joiner = person("Jonas");
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(2);
			try {
				List<Future<String>> outcomes = new ArrayList<>();
				for (int click = 0; click < 2; click++) {
					outcomes.add(threads.submit(() -> {
						start.await();
						try {
							this.admissions.join(community.slug(), joiner);
							return "done";
						}
						catch (MembershipRefused refused) {
							return refused.key();
						}
					}));
				}
				start.countDown();
				List<String> results = new ArrayList<>();
				for (Future<String> outcome : outcomes) {
					results.add(outcome.get(30, TimeUnit.SECONDS));
				}
				assertThat(results).as("round %d", round).containsOnlyOnce("done");
				assertThat(results).as("round %d", round).contains("membership.join.already");
			}
			finally {
				threads.shutdownNow();
			}
			assertThat(this.memberships.countByCommunityId(community.id())).isEqualTo(2);
			assertThat(history(community)).containsExactly("JOINED");
		}
	}

	@Test
	void anEmptyMotivationIsAskedForNextToTheField() throws Exception {
		Community community = community(JoinPolicy.ON_APPROVAL, Visibility.PUBLIC, person("Fatou"));
		String page = post("/communities/" + community.slug() + "/apply", person("Amal"), "motivation", "  ")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"motivation-error\"").contains("Write a short motivation.");
		String tooLong = post("/communities/" + community.slug() + "/apply", person("Amal"), "motivation",
				"y".repeat(1001))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLong).contains("The motivation has at most 1000 characters.").contains("y".repeat(1001));
	}

	@Test
	void anApprovedApplicantBecomesAMemberAndGetsAMailInTheirLanguage() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.ON_APPROVAL, Visibility.PUBLIC, facilitator);
		TestPrincipal applicant = person("Noor", Locale.of("nl"));
		post("/communities/" + community.slug() + "/apply", applicant, "motivation", "Ik begeleid nieuwkomers")
			.andExpect(redirectedUrl("/communities/" + community.slug()));
		MembershipApplication application = this.applications
			.findByCommunityIdAndPersonId(community.id(), applicant.id())
			.orElseThrow();
		String manage = get("/communities/" + community.slug() + "/members/manage", facilitator).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(manage).contains("Noor").contains("Ik begeleid nieuwkomers");

		post("/communities/" + community.slug() + "/applications/" + application.id() + "/approve", facilitator)
			.andExpect(redirectedUrl("/communities/" + community.slug() + "/members/manage"));
		assertThat(roleOf(community, applicant)).isEqualTo(CommunityRole.MEMBER);
		ReceivedMail mail = TestMail.newestTo(emailOf(applicant));
		assertThat(mail.subject()).isEqualTo("Welkom bij " + community.name());
		assertThat(mail.text()).contains("je bent nu lid van " + community.name())
			.contains("/communities/" + community.slug());
		assertThat(history(community)).containsExactly("APPLIED", "APPROVED");
	}

	@Test
	void aDeclinedApplicantGetsTheNoteByMailAndMayApplyAgain() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.ON_APPROVAL, Visibility.PUBLIC, facilitator);
		TestPrincipal applicant = person("Karim");
		this.admissions.apply(community.slug(), applicant, "I would like to learn", Locale.ENGLISH);
		UUID id = this.applications.findByCommunityIdAndPersonId(community.id(), applicant.id()).orElseThrow().id();
		post("/communities/" + community.slug() + "/applications/" + id + "/decline", facilitator, "note",
				"We are full until September")
			.andExpect(status().isFound());
		ReceivedMail mail = TestMail.newestTo(emailOf(applicant));
		assertThat(mail.subject()).isEqualTo("Your application to " + community.name());
		assertThat(mail.text()).contains("declined your application").contains("We are full until September");
		assertThat(roleOf(community, applicant)).isNull();
		this.admissions.apply(community.slug(), applicant, "Now in September", Locale.ENGLISH);
		assertThat(this.applications.findById(id).orElseThrow().pending()).isTrue();
	}

	@Test
	void approvingTwiceTellsWhoApprovedFirst() throws Exception {
		TestPrincipal fatou = person("Fatou");
		Community community = community(JoinPolicy.ON_APPROVAL, Visibility.PUBLIC, fatou);
		TestPrincipal other = person("Lieve");
		admit(community, other, CommunityRole.FACILITATOR);
		TestPrincipal applicant = person("Samir");
		this.admissions.apply(community.slug(), applicant, "Please", Locale.ENGLISH);
		UUID id = this.applications.findByCommunityIdAndPersonId(community.id(), applicant.id()).orElseThrow().id();
		String path = "/communities/" + community.slug() + "/applications/" + id;
		post(path + "/approve", fatou).andExpect(status().isFound());
		String page = followed(post(path + "/approve", other), other);
		assertThat(page).contains("This application was already approved by Fatou.");
		assertThat(followed(post(path + "/decline", other), other))
			.contains("This application was already approved by Fatou.");
		assertThat(this.memberships.countByCommunityId(community.id())).isEqualTo(3);
		assertThat(history(community)).containsExactly("APPLIED", "APPROVED");
	}

	@Test
	void twoFacilitatorsDecidingAtOnceMakeOneDecision() throws Exception {
		for (int round = 0; round < 5; round++) {
			TestPrincipal fatou = person("Fatou");
			TestPrincipal lieve = person("Lieve");
			Community community = community(JoinPolicy.ON_APPROVAL, Visibility.PUBLIC, fatou);
			admit(community, lieve, CommunityRole.FACILITATOR);
			TestPrincipal applicant = person("Samir");
			this.admissions.apply(community.slug(), applicant, "Please", Locale.ENGLISH);
			UUID id = this.applications.findByCommunityIdAndPersonId(community.id(), applicant.id()).orElseThrow().id();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(2);
			try {
				List<Future<String>> outcomes = new ArrayList<>();
				outcomes.add(threads.submit(decide(start, () -> this.admissions.approve(community.slug(), fatou, id))));
				outcomes.add(threads
					.submit(decide(start, () -> this.admissions.decline(community.slug(), lieve, id, "No"))));
				start.countDown();
				List<String> results = new ArrayList<>();
				for (Future<String> outcome : outcomes) {
					results.add(outcome.get(30, TimeUnit.SECONDS));
				}
				assertThat(results).as("round %d", round).containsOnlyOnce("done");
				assertThat(results).as("round %d", round)
					.anyMatch((result) -> result
						.matches("membership\\.application\\.already(Approved|Declined) by (Fatou|Lieve)"));
			}
			finally {
				threads.shutdownNow();
			}
			MembershipApplication decided = this.applications.findById(id).orElseThrow();
			assertThat(history(community)).containsExactly("APPLIED", decided.status().name());
			assertThat(roleOf(community, applicant))
				.isEqualTo((decided.status() == MembershipApplication.Status.APPROVED) ? CommunityRole.MEMBER : null);
		}
	}

	private static Callable<String> decide(CountDownLatch start, Runnable decision) {
		return () -> {
			start.await();
			try {
				decision.run();
				return "done";
			}
			catch (MembershipRefused refused) {
				return refused.key() + " by " + refused.args().get(0);
			}
		};
	}

	private List<String> history(Community community) {
		return this.jdbc.sql("select kind from membership_event where community_id = ? order by occurred_at, kind")
			.param(community.id())
			.query(String.class)
			.list();
	}

}
