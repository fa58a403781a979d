package org.kring.community.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.community.CommunityFixtures;
import org.kring.community.CommunityStatus;
import org.kring.community.Visibility;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When anyone may propose a community: a member's proposal is seen only by them and the
 * administrators until an administrator approves it, once.
 */
@SystemTest
@TestPropertySource(properties = "kring.communities.proposals=anyone")
class CommunityProposalTests {

	static final TestPrincipal PROPOSER = TestPrincipal.member("Petra");

	static final TestPrincipal ADMINISTRATOR = TestPrincipal.administrator("Mirte");

	@Autowired
	MockMvc mvc;

	@Autowired
	Communities communities;

	@Autowired
	Memberships memberships;

	private CommunityFixtures fixtures;

	private final String slug = CommunityFixtures.slug("proposal");

	@BeforeEach
	void fixtures() {
		this.fixtures = new CommunityFixtures(this.communities, this.memberships, this.mvc);
	}

	@AfterEach
	void deleteCommunity() {
		this.fixtures.deleteAll(this.slug);
	}

	@Test
	void aProposalsDateIsShownInTheReadersLanguageAndTheInstancesTimeZone() throws Exception {
		this.fixtures.save(Community.propose(TestCommunities.description(this.slug, Visibility.PUBLIC), PROPOSER.id(),
				TestCommunities.NOW));
		String page = this.mvc
			.perform(get("/admin/community-proposals").with(ADMINISTRATOR.signedIn()).locale(Locale.of("nl")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String row = page.substring(page.indexOf("/communities/" + this.slug));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("mrt 2025").contains("10:30").doesNotContain("2025-03-14");
	}

	@Test
	void aMembersProposalWaitsHiddenUntilAnAdministratorApprovesItOnce() throws Exception {
		this.mvc.perform(get("/communities/new").with(PROPOSER.signedIn()).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Propose a community")));
		this.mvc
			.perform(
					CommunityFormTests.filledIn(this.fixtures.post("/communities/new"), this.slug, "Proposed", "PUBLIC")
						.with(PROPOSER.signedIn()))
			.andExpect(redirectedUrl("/communities/" + this.slug))
			.andExpect(flash().attribute("notice", "community.form.propose.done"));
		assertThat(this.communities.findBySlug(this.slug).orElseThrow().status()).isEqualTo(CommunityStatus.PROPOSED);

		this.mvc.perform(get("/communities/" + this.slug).with(PROPOSER.signedIn())).andExpect(status().isOk());
		for (TestPrincipal other : new TestPrincipal[] { null, TestPrincipal.member("Other"),
				TestPrincipal.coordinator("Jonas") }) {
			this.mvc.perform(CommunityAuthorizationTests.as(get("/communities/" + this.slug), other))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/communities").param("q", this.slug).with(PROPOSER.signedIn()))
			.andExpect(content().string(org.hamcrest.Matchers
				.not(org.hamcrest.Matchers.containsString("href=\"/communities/" + this.slug))));
		this.mvc.perform(get("/admin/community-proposals").with(ADMINISTRATOR.signedIn()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/communities/" + this.slug)));

		this.mvc.perform(this.fixtures.post("/communities/" + this.slug + "/approve").with(ADMINISTRATOR.signedIn()))
			.andExpect(flash().attribute("notice", "community.proposal.approved"));
		this.mvc.perform(this.fixtures.post("/communities/" + this.slug + "/decline").with(ADMINISTRATOR.signedIn()))
			.andExpect(flash().attribute("notice", "community.proposal.alreadyDecided"));
		assertThat(this.communities.findBySlug(this.slug).orElseThrow().status()).isEqualTo(CommunityStatus.ACTIVE);
		this.mvc.perform(get("/communities/" + this.slug)).andExpect(status().isOk());
	}

}
