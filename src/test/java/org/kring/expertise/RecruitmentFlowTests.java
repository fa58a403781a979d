package org.kring.expertise;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.account.PersonSummary;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.community.CommunityRole;
import org.kring.community.internal.Community;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recruitment pipeline from nomination to alumni, through the pages and the mail,
 * with the community module making accepted candidates expert members.
 */
class RecruitmentFlowTests extends RecruitmentTestSupport {

	@Test
	void anAddressIsNominatedInvitedAndTheCandidateSignsUpAcceptsAndBecomesAnActiveExpert() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = recruiting(facilitator);
		String address = TestMail.newAddress("amal");
		post(board(community) + "/nominations", facilitator, "email", address, "field", FIELD, "note", "Met her")
			.andExpect(redirectedUrl(board(community)));
		UUID nomination = nominationOf(community, address);
		assertThat(stateOf(nomination)).isEqualTo("NOMINATED");
		assertThat(page(board(community), facilitator)).contains(address).contains("Education");

		String link = invited(community, facilitator, nomination, address);
		ReceivedMail mail = TestMail.newestTo(address);
		assertThat(mail.subject()).contains(community.name());
		assertThat(mail.text()).as("in the instance's language: the address has no account")
			.contains("Fatou")
			.contains("Onderwijs");
		assertThat(link).startsWith("/recruitment/invitations/");
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(this.jdbc.sql("select token_hash from expertise_nomination where id = ?")
			.param(nomination)
			.query(String.class)
			.single()).as("only the hash is stored").isNotEqualTo(token).hasSize(64);

		String invitation = get(link, null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(invitation).contains(community.name()).contains("Fatou").contains("action=\"" + link + "/signup\"");
		post(link + "/signup", null, "displayName", "Amal", "password", PASSWORD)
			.andExpect(redirectedUrl("/communities/" + community.slug()));
		PersonSummary amal = this.accounts.findByEmail(address).orElseThrow();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.memberships.findByCommunityIdAndPersonId(community.id(), amal.id())).get()
						.extracting((membership) -> membership.role())
						.isEqualTo(CommunityRole.EXPERT));
		awaitState(nomination, "ACTIVE");
		assertThat(stepsOf(nomination)).containsExactly("NOMINATED", "INVITED", "ACCEPTED", "ACTIVE");
		assertThat(page(board(community), facilitator)).contains("Amal");
	}

	@Test
	void acceptingTwiceShowsAlreadyAcceptedWithoutSecondRowsOrMails() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		TestPrincipal candidate = person("Bram");
		Community community = recruiting(facilitator);
		String address = emailOf(candidate);
		UUID nomination = nominated(community, facilitator, address);
		String link = invited(community, facilitator, nomination, address);

		post(link + "/accept", candidate).andExpect(redirectedUrl("/communities/" + community.slug()));
		String again = post(link + "/accept", candidate).andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("Already accepted");
		awaitState(nomination, "ACTIVE");
		assertThat(stepsOf(nomination)).containsExactly("NOMINATED", "INVITED", "ACCEPTED", "ACTIVE");
		assertThat(this.jdbc.sql("select count(*) from membership where community_id = ? and person_id = ?")
			.params(community.id(), candidate.id())
			.query(Integer.class)
			.single()).isOne();
		assertThat(TestMail.countTo(address)).isOne();
	}

	@Test
	void anAccountHolderAcceptsWithoutLoggingInAndIsOfferedTheLogin() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		TestPrincipal candidate = person("Chen");
		Community community = recruiting(facilitator);
		UUID nomination = nominated(community, facilitator, emailOf(candidate));
		String link = invited(community, facilitator, nomination, emailOf(candidate));
		assertThat(page(link, null)).contains("An account already uses").doesNotContain(link + "/signup");

		assertThat(
				post(link + "/accept", null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Invitation accepted")
			.contains("href=\"/login\"");
		awaitState(nomination, "ACTIVE");
		assertThat(roleOf(community, candidate)).isEqualTo(CommunityRole.EXPERT);
	}

	@Test
	void aMemberWhoAcceptsIsRaisedToExpertAndAFacilitatorKeepsTheirRole() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		TestPrincipal member = person("Dirk");
		TestPrincipal otherFacilitator = person("Eva");
		Community community = recruiting(facilitator);
		admit(community, member, CommunityRole.MEMBER);
		admit(community, otherFacilitator, CommunityRole.FACILITATOR);
		UUID memberNomination = nominated(community, facilitator, emailOf(member));
		UUID facilitatorNomination = nominated(community, facilitator, emailOf(otherFacilitator));
		post(invited(community, facilitator, memberNomination, emailOf(member)) + "/accept", member);
		post(invited(community, facilitator, facilitatorNomination, emailOf(otherFacilitator)) + "/accept",
				otherFacilitator);

		awaitState(memberNomination, "ACTIVE");
		assertThat(roleOf(community, member)).isEqualTo(CommunityRole.EXPERT);
		Thread.sleep(500);
		assertThat(roleOf(community, otherFacilitator)).isEqualTo(CommunityRole.FACILITATOR);
		assertThat(stateOf(facilitatorNomination)).as("the community did not make them an expert")
			.isEqualTo("ACCEPTED");
		post(board(community) + "/nominations/" + facilitatorNomination + "/activate", facilitator)
			.andExpect(redirectedUrl(board(community)));
		assertThat(stateOf(facilitatorNomination)).isEqualTo("ACTIVE");
	}

	@Test
	void anActiveExpertWhoLeavesOrIsRemovedBecomesAlumni() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		TestPrincipal leaving = person("Goran");
		TestPrincipal removed = person("Hind");
		Community community = recruiting(facilitator);
		UUID leaves = nominated(community, facilitator, emailOf(leaving));
		UUID isRemoved = nominated(community, facilitator, emailOf(removed));
		post(invited(community, facilitator, leaves, emailOf(leaving)) + "/accept", leaving);
		post(invited(community, facilitator, isRemoved, emailOf(removed)) + "/accept", removed);
		awaitState(leaves, "ACTIVE");
		awaitState(isRemoved, "ACTIVE");

		post("/communities/" + community.slug() + "/membership/leave", leaving);
		post("/communities/" + community.slug() + "/members/" + removed.id() + "/remove", facilitator);
		awaitState(leaves, "ALUMNI");
		awaitState(isRemoved, "ALUMNI");
		assertThat(this.jdbc
			.sql("select actor_id from expertise_nomination_step where nomination_id = ?" + " and state = 'ALUMNI'")
			.param(leaves)
			.query(UUID.class)
			.optional()).as("the platform's own step").isEmpty();
	}

	@Test
	void aCandidateDeclinesWithoutAnAccountAndTheLinkThenSaysSo() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = recruiting(facilitator);
		String address = TestMail.newAddress("ines");
		UUID nomination = nominated(community, facilitator, address);
		String link = invited(community, facilitator, nomination, address);

		post(link + "/decline", null).andExpect(redirectedUrl("/"));
		assertThat(stateOf(nomination)).isEqualTo("DECLINED");
		assertThat(get(link, null).andExpect(status().isGone()).andReturn().getResponse().getContentAsString())
			.contains("Invitation declined");
		post(link + "/accept", null).andExpect(status().isConflict());
		assertThat(this.accounts.findByEmail(address)).isEmpty();
	}

	@Test
	void aWithdrawnInvitationCanNoLongerBeAccepted() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		TestPrincipal candidate = person("Jade");
		Community community = recruiting(facilitator);
		UUID nomination = nominated(community, facilitator, emailOf(candidate));
		String link = invited(community, facilitator, nomination, emailOf(candidate));
		post(board(community) + "/nominations/" + nomination + "/withdraw", facilitator)
			.andExpect(redirectedUrl(board(community)));

		assertThat(post(link + "/accept", candidate).andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Invitation withdrawn");
		assertThat(get(link, null).andExpect(status().isGone()).andReturn().getResponse().getContentAsString())
			.contains("This invitation was withdrawn");
		assertThat(stepsOf(nomination)).containsExactly("NOMINATED", "INVITED", "WITHDRAWN");
		Thread.sleep(300);
		assertThat(roleOf(community, candidate)).isNull();
	}

	@Test
	void anUnknownLinkAnswers404() throws Exception {
		assertThat(get("/recruitment/invitations/" + "a".repeat(43), null).andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Invitation not found");
		get("/recruitment/invitations/nonsense", null).andExpect(status().isNotFound());
	}

	@Test
	void aSecondNominationOfAnOpenCandidateIsRefusedWhateverTheSpellingOrTheWay() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		TestPrincipal candidate = person("Karim");
		Community community = recruiting(facilitator);
		String address = TestMail.newAddress("lotte");
		nominated(community, facilitator, address);
		String refused = post(board(community) + "/nominations", facilitator, "email", address.toUpperCase(), "field",
				FIELD)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("already in this community’s pipeline")
			.contains("id=\"email-error\"")
			.contains("aria-invalid=\"true\"");

		post("/experts/nominations", facilitator, "community", community.slug(), "person", candidate.id().toString(),
				"field", FIELD, "back", "/experts?field=" + FIELD)
			.andExpect(redirectedUrl("/experts?field=" + FIELD));
		String again = followed(post("/experts/nominations", facilitator, "community", community.slug(), "email",
				emailOf(candidate), "field", FIELD), facilitator);
		assertThat(again).contains("already in this community’s pipeline");
		assertThat(this.jdbc.sql("select count(*) from expertise_nomination where community_id = ?")
			.param(community.id())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anActiveExpertIsNotNominatedAgainButAnAlumnusMayBe() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		TestPrincipal candidate = person("Lina");
		Community community = recruiting(facilitator);
		UUID nomination = nominated(community, facilitator, emailOf(candidate));
		post(invited(community, facilitator, nomination, emailOf(candidate)) + "/accept", candidate);
		awaitState(nomination, "ACTIVE");

		assertThat(post(board(community) + "/nominations", facilitator, "email", emailOf(candidate), "field", FIELD)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("already an active expert");
		post(board(community) + "/nominations/" + nomination + "/retire", facilitator);
		assertThat(stateOf(nomination)).isEqualTo("ALUMNI");
		assertThat(post(board(community) + "/nominations", facilitator, "email", emailOf(candidate), "field", FIELD)
			.andReturn()
			.getResponse()
			.getContentAsString()).as("still an expert member").contains("already an expert member");
	}

	@Test
	void badInputIsRefusedNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = recruiting(facilitator);
		String noField = post(board(community) + "/nominations", facilitator, "email", "mo@example.org", "note",
				"Worth asking")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(noField).contains("id=\"field-error\"")
			.contains("value=\"mo@example.org\"")
			.contains("Worth asking");
		assertThat(post(board(community) + "/nominations", facilitator, "email", "mo@example", "field", FIELD)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"email-error\"");
		assertThat(post(board(community) + "/nominations", facilitator, "email", "mo@example.org", "field", "astrology")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Choose expertise fields from the list.");
		assertThat(post(board(community) + "/nominations", facilitator, "email", "mo@example.org", "field", FIELD,
				"organisation", UUID.randomUUID().toString())
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"organisation-error\"");
		assertThat(this.jdbc.sql("select count(*) from expertise_nomination where community_id = ?")
			.param(community.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aRefusedStepOnACardSaysWhyOnTheBoard() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = recruiting(facilitator);
		UUID nomination = nominated(community, facilitator, TestMail.newAddress("nils"));
		String page = followed(post(board(community) + "/nominations/" + nomination + "/retire", facilitator),
				facilitator);
		assertThat(page).contains("role=\"alert\"").contains("not possible at the candidate’s current stage");
		assertThat(stateOf(nomination)).isEqualTo("NOMINATED");
	}

}
