package org.kring.community.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kring.account.PersonalData;
import org.kring.community.CommunityRole;
import org.kring.community.JoinPolicy;
import org.kring.community.MembershipTestSupport;
import org.kring.community.Visibility;
import org.kring.community.internal.Community;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Leaving, removing, changing roles and handing facilitation over; the last facilitator
 * stays until they hand over; every change shows in the history; and a person's
 * memberships in their export and erasure.
 */
class MemberChangesTests extends MembershipTestSupport {

	@Autowired
	List<PersonalData> personalData;

	@Test
	void theLastFacilitatorHandsOverBeforeLeaving() throws Exception {
		TestPrincipal fatou = person("Fatou");
		Community community = community(JoinPolicy.OPEN, Visibility.PUBLIC, fatou);
		TestPrincipal mira = person("Mira");
		admit(community, mira, CommunityRole.MEMBER);
		String base = "/communities/" + community.slug();

		assertThat(followed(post(base + "/membership/leave", fatou), fatou))
			.contains("A community needs a facilitator: hand facilitation over to another member first.");
		assertThat(followed(post(base + "/members/" + fatou.id() + "/role", fatou, "role", "MEMBER"), fatou))
			.contains("A community needs a facilitator");
		assertThat(followed(post(base + "/members/" + fatou.id() + "/remove", fatou), fatou))
			.contains("A community needs a facilitator");
		assertThat(roleOf(community, fatou)).isEqualTo(CommunityRole.FACILITATOR);

		post(base + "/members/" + mira.id() + "/hand-over", fatou).andExpect(redirectedUrl(base + "/members"));
		assertThat(roleOf(community, mira)).isEqualTo(CommunityRole.FACILITATOR);
		assertThat(roleOf(community, fatou)).isEqualTo(CommunityRole.MEMBER);
		post(base + "/membership/leave", fatou).andExpect(redirectedUrl(base));
		assertThat(roleOf(community, fatou)).isNull();

		String history = get(base + "/members/history", mira).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(history).contains("Facilitation handed over").contains("Left").contains("Fatou");
	}

	@Test
	void aFacilitatorChangesRolesAndRemovesMembers() throws Exception {
		TestPrincipal fatou = person("Fatou");
		Community community = community(JoinPolicy.OPEN, Visibility.PUBLIC, fatou);
		TestPrincipal mira = person("Mira");
		TestPrincipal omar = person("Omar");
		admit(community, mira, CommunityRole.MEMBER);
		admit(community, omar, CommunityRole.OBSERVER);
		String base = "/communities/" + community.slug();
		post(base + "/members/" + mira.id() + "/role", fatou, "role", "EXPERT").andExpect(status().isFound());
		assertThat(roleOf(community, mira)).isEqualTo(CommunityRole.EXPERT);
		assertThat(followed(post(base + "/members/" + mira.id() + "/role", fatou, "role", "KING"), fatou))
			.contains("Choose one of the roles in the list.");
		post(base + "/members/" + omar.id() + "/remove", fatou).andExpect(status().isFound());
		assertThat(roleOf(community, omar)).isNull();
		post(base + "/members/" + mira.id() + "/role", fatou, "role", "FACILITATOR").andExpect(status().isFound());
		post(base + "/members/" + fatou.id() + "/role", mira, "role", "OBSERVER").andExpect(status().isFound());
		assertThat(roleOf(community, fatou)).isEqualTo(CommunityRole.OBSERVER);
		assertThat(this.jdbc.sql("select kind from membership_event where community_id = ?")
			.param(community.id())
			.query(String.class)
			.list()).containsExactlyInAnyOrder("ROLE_CHANGED", "REMOVED", "ROLE_CHANGED", "ROLE_CHANGED");
	}

	@Test
	void aPersonsMembershipsAreExportedAndErasedKeepingAnonymousHistory() throws Exception {
		TestPrincipal fatou = person("Fatou");
		Community community = community(JoinPolicy.OPEN, Visibility.PUBLIC, fatou);
		Community alone = community(JoinPolicy.ON_APPROVAL, Visibility.PUBLIC, fatou);
		TestPrincipal mira = person("Mira");
		post("/communities/" + community.slug() + "/join", mira).andExpect(status().isFound());
		post("/communities/" + community.slug() + "/membership/sharing", mira, "email", "true");
		post("/communities/" + alone.slug() + "/apply", mira, "motivation", "Let me in");
		PersonalData memberships = this.personalData.stream()
			.filter((data) -> "communities".equals(data.section()))
			.findFirst()
			.orElseThrow();

		Map<String, Object> exported = memberships.export(mira.id());
		assertThat(exported.get("memberships").toString()).contains(community.slug()).contains("sharesEmail=true");
		assertThat(exported.get("applications").toString()).contains("Let me in");

		memberships.erase(mira.id());
		memberships.erase(fatou.id());
		assertThat(roleOf(community, mira)).isNull();
		assertThat(roleOf(alone, fatou)).isNull();
		assertThat(memberships.export(mira.id())).isEmpty();
		List<Map<String, Object>> events = this.jdbc
			.sql("select kind, actor_id, subject_id from membership_event where community_id in (?, ?)")
			.params(community.id(), alone.id())
			.query()
			.listOfRows();
		assertThat(events).extracting((row) -> row.get("kind"))
			.contains("JOINED", "APPLIED", "LAST_FACILITATOR_ERASED");
		assertThat(events).allSatisfy((row) -> {
			assertThat(row.get("actor_id")).isNotIn(mira.id(), fatou.id());
			assertThat(row.get("subject_id")).isNotIn(mira.id(), fatou.id());
		});
		assertThat(this.jdbc.sql("select count(*) from membership_sharing where person_id = ?")
			.param(mira.id())
			.query(Long.class)
			.single()).isZero();
	}

}
