package org.kring.community.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.kring.account.PersonSummary;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.community.CommunityRole;
import org.kring.community.JoinPolicy;
import org.kring.community.MembershipTestSupport;
import org.kring.community.Visibility;
import org.kring.community.internal.Community;
import org.kring.system.TestPrincipal;
import org.kring.system.web.PageContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invitations by e-mail: to people with and without an account, valid for 14 days,
 * revocable, and usable once; a link that no longer works shows a page that says so.
 */
class InvitationFlowTests extends MembershipTestSupport {

	@Test
	void anInvalidAddressIsRefusedNextToTheField() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.BY_INVITATION, Visibility.PUBLIC, facilitator);
		String page = post("/communities/" + community.slug() + "/invitations", facilitator, "email", "noor@example",
				"role", "MEMBER")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"email-error\"")
			.contains("This is not an e-mail address")
			.contains("value=\"noor@example\"");
		assertThat(post("/communities/" + community.slug() + "/invitations", facilitator, "email", "x@example.org",
				"role", "FACILITATOR")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Choose member, expert or observer.");
	}

	@Test
	void someoneWithoutAnAccountSignsUpThroughTheLinkAndLandsAsAMember() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.BY_INVITATION, Visibility.SECRET, facilitator);
		String address = TestMail.newAddress("noor");
		String link = invite(community, facilitator, address, "EXPERT");

		String page = get(link, null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("You are invited to " + community.name())
			.contains("as Expert")
			.contains("action=\"" + link + "/signup\"")
			.contains(address);
		String refused = post(link + "/signup", null, "displayName", "Noor", "password", "short")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"password-error\"").contains("value=\"Noor\"");

		post(link + "/signup", null, "displayName", "Noor", "password", PASSWORD)
			.andExpect(redirectedUrl("/communities/" + community.slug()));
		PersonSummary noor = this.accounts.findByEmail(address).orElseThrow();
		assertThat(noor.email()).as("verified by the link").isEqualTo(address);
		assertThat(this.memberships.findByCommunityIdAndPersonId(community.id(), noor.id()).orElseThrow().role())
			.isEqualTo(CommunityRole.EXPERT);
		get(link, null).andExpect(status().isGone());
	}

	@Test
	void theInvitationMailTellsWhoInvitesToWhatAndCarriesOnlyTheLink() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.OPEN, Visibility.PUBLIC, facilitator);
		String address = TestMail.newAddress("karim");
		String link = invite(community, facilitator, address, "OBSERVER");
		ReceivedMail mail = TestMail.newestTo(address);
		assertThat(mail.subject()).isEqualTo("Invitation to " + community.name() + " on Kring");
		assertThat(mail.text()).contains("Fatou invites you to join " + community.name())
			.contains("as Observer")
			.contains("14 days");
		String secret = link.substring(link.lastIndexOf('/') + 1);
		assertThat(this.jdbc.sql("select count(*) from community_invitation where token_hash = ?")
			.param(secret)
			.query(Long.class)
			.single()).as("only a hash is kept").isZero();
	}

	@Test
	void aSignedInInviteeAcceptsWithAButton() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.ON_APPROVAL, Visibility.PUBLIC, facilitator);
		TestPrincipal invitee = person("Ilse");
		String link = invite(community, facilitator, emailOf(invitee), "MEMBER");
		assertThat(get(link, invitee).andReturn().getResponse().getContentAsString())
			.contains("action=\"" + link + "/accept\"");
		post(link + "/accept", invitee).andExpect(redirectedUrl("/communities/" + community.slug()));
		assertThat(roleOf(community, invitee)).isEqualTo(CommunityRole.MEMBER);
		post(link + "/accept", invitee).andExpect(status().isGone());
	}

	@Test
	void aForwardedLinkLetsOnlyTheInvitedAccountIn() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.BY_INVITATION, Visibility.SECRET, facilitator);
		TestPrincipal invitee = person("Hamid");
		TestPrincipal forwardedTo = person("Piet");
		String link = invite(community, facilitator, emailOf(invitee), "EXPERT");
		post(link + "/accept", forwardedTo).andExpect(redirectedUrl(link))
			.andExpect(flash().attribute(PageContext.NOTICE, "membership.invitation.otherAccount"));
		assertThat(roleOf(community, forwardedTo)).isNull();
		post(link + "/accept", invitee).andExpect(redirectedUrl("/communities/" + community.slug()));
		assertThat(roleOf(community, invitee)).isEqualTo(CommunityRole.EXPERT);
	}

	@Test
	void anAddressWithoutAnAccountMayBeAcceptedFromAnotherAddress() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.BY_INVITATION, Visibility.PUBLIC, facilitator);
		TestPrincipal member = person("Ilse");
		String link = invite(community, facilitator, TestMail.newAddress("ilse.work"), "MEMBER");
		post(link + "/accept", member).andExpect(redirectedUrl("/communities/" + community.slug()));
		assertThat(roleOf(community, member)).isEqualTo(CommunityRole.MEMBER);
	}

	@Test
	void anAddressWithAnAccountLogsInFirstAndComesBack() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.BY_INVITATION, Visibility.PUBLIC, facilitator);
		TestPrincipal invitee = person("Hamid");
		String link = invite(community, facilitator, emailOf(invitee), "MEMBER");
		String page = get(link, null).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("already has an account").contains("href=\"" + link + "/login\"");
		assertThat(get(link + "/login", null).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		get(link + "/login", invitee).andExpect(redirectedUrl(link));
		post(link + "/signup", null, "displayName", "Someone", "password", PASSWORD).andExpect(status().isOk());
		assertThat(roleOf(community, invitee)).isNull();
	}

	@Test
	void anInvitationExpiresAfterFourteenDays() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.BY_INVITATION, Visibility.PUBLIC, facilitator);
		TestPrincipal invitee = person("Dilan");
		String link = invite(community, facilitator, emailOf(invitee), "MEMBER");
		this.clock.advance(Duration.ofDays(14).minusMinutes(1));
		get(link, invitee).andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(1));
		String gone = get(link, invitee).andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
		assertThat(gone).contains("This invitation no longer works").doesNotContain("Exception");
		post(link + "/accept", invitee).andExpect(status().isGone());
		assertThat(roleOf(community, invitee)).isNull();
		assertThat(get("/communities/" + community.slug() + "/members/manage", facilitator).andReturn()
			.getResponse()
			.getContentAsString()).contains("Expired on");
	}

	@Test
	void aRevokedInvitationNoLongerWorks() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.BY_INVITATION, Visibility.PUBLIC, facilitator);
		String address = TestMail.newAddress("revoked");
		String link = invite(community, facilitator, address, "MEMBER");
		String manage = get("/communities/" + community.slug() + "/members/manage", facilitator).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(manage).contains(address);
		String id = this.jdbc.sql("select id from community_invitation where email = ?")
			.param(address)
			.query(String.class)
			.single();
		post("/communities/" + community.slug() + "/invitations/" + id + "/revoke", facilitator)
			.andExpect(status().isFound());
		get(link, null).andExpect(status().isGone());
		post(link + "/signup", null, "displayName", "Late", "password", PASSWORD).andExpect(status().isGone());
		assertThat(this.accounts.findByEmail(address)).isEmpty();
		assertThat(followed(post("/communities/" + community.slug() + "/invitations/" + id + "/revoke", facilitator),
				facilitator))
			.contains("This invitation was already used or revoked.");
	}

	@Test
	void anUnknownLinkIsNotFound() throws Exception {
		get("/invitations/" + "a".repeat(43), null).andExpect(status().isNotFound());
		get("/invitations/nonsense", null).andExpect(status().isNotFound());
	}

	@Test
	void aMemberIsNotInvitedAgain() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.BY_INVITATION, Visibility.PUBLIC, facilitator);
		TestPrincipal member = person("Mira");
		admit(community, member, CommunityRole.MEMBER);
		assertThat(post("/communities/" + community.slug() + "/invitations", facilitator, "email", emailOf(member),
				"role", "MEMBER")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("already a member");
	}

	/**
	 * Invites through the management page and reads the link from the mail.
	 * @return the link's path
	 */
	private String invite(Community community, TestPrincipal facilitator, String address, String role)
			throws Exception {
		post("/communities/" + community.slug() + "/invitations", facilitator, "email", address, "role", role)
			.andExpect(redirectedUrl("/communities/" + community.slug() + "/members/manage"));
		return TestMail.newestTo(address).firstLink().getPath();
	}

}
