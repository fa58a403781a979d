package org.kring.expertise.web;

import org.junit.jupiter.api.Test;
import org.kring.community.CommunityRole;
import org.kring.community.internal.Community;
import org.kring.expertise.RecruitmentTestSupport;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The experts section of a community's page: coverage for its members, the recruitment
 * board only for those who recruit, nothing for visitors and readers from outside.
 */
class ExpertsSectionTests extends RecruitmentTestSupport {

	@Test
	void membersReachTheCoverageAndOnlyRecruitersTheBoard() throws Exception {
		TestPrincipal facilitator = person("Claire");
		TestPrincipal member = person("Kestrel");
		Community community = recruiting(facilitator);
		admit(community, member, CommunityRole.MEMBER);
		String coverage = "/experts/coverage?community=" + community.slug();
		String board = "/communities/" + community.slug() + "/recruitment";
		String path = "/communities/" + community.slug();

		assertThat(page(path, facilitator)).contains("id=\"section-experts\"").contains(coverage).contains(board);
		assertThat(page(path, administrator("Mirte"))).contains(coverage).contains(board);
		assertThat(page(path, member)).contains("id=\"section-experts\"").contains(coverage).doesNotContain(board);
		assertThat(page(path, person("Outsider"))).doesNotContain("section-experts").doesNotContain(coverage);
		assertThat(page(path, null)).doesNotContain("section-experts").doesNotContain(coverage);
	}

}
