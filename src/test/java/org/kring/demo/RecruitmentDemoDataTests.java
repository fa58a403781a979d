package org.kring.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo candidates in the demo community's recruitment pipeline, on the development
 * profile's own database as on a first start (the same context as {@link DemoDataTests}).
 */
@SpringBootTest(properties = "kring.db.url=jdbc:h2:mem:kring-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("dev")
@Tag("database")
class RecruitmentDemoDataTests {

	@Autowired
	private RecruitmentDemoData demoData;

	@Autowired
	private CommunityManagement communities;

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyDemoExpertWithAStageStandsThereOnceWithBackdatedSteps() {
		assertThat(this.demoData.load()).as("loaded on start, and only once").isZero();
		UUID community = this.communities.findBySlug(DemoExperts.COMMUNITY).orElseThrow().id();
		Map<String, String> stateByCandidate = this.jdbc
			.sql("select coalesce(cast(person_id as varchar), email), state from expertise_nomination"
					+ " where community_id = ?")
			.param(community)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<DemoExperts.DemoExpert> staged = DemoExperts.ALL.stream()
			.filter((expert) -> expert.stage() != null)
			.toList();
		assertThat(stateByCandidate).hasSize(staged.size());
		for (DemoExperts.DemoExpert expert : staged) {
			String key = this.accounts.findByEmail(expert.email())
				.map((person) -> person.id().toString())
				.orElse(expert.email());
			assertThat(stateByCandidate.get(key)).as(expert.email()).isEqualTo(expert.stage().name());
		}
		assertThat(this.jdbc
			.sql("select count(*) from expertise_nomination_step s join expertise_nomination n"
					+ " on n.id = s.nomination_id where n.community_id = ? and s.state = 'ALUMNI'")
			.param(community)
			.query(Integer.class)
			.single()).isEqualTo((int) staged.stream().filter((e) -> e.stage() == DemoExperts.Stage.ALUMNI).count());
	}

	@Test
	void activeDemoExpertsAreExpertMembersAndTheCommunitysExpertsAreActive() {
		UUID community = this.communities.findBySlug(DemoExperts.COMMUNITY).orElseThrow().id();
		for (DemoExperts.DemoExpert expert : DemoExperts.ALL) {
			if (expert.stage() == DemoExperts.Stage.ACTIVE) {
				UUID person = this.accounts.findByEmail(expert.email()).orElseThrow().id();
				assertThat(this.communities.roleOf(person, community)).as(expert.email())
					.contains(CommunityRole.EXPERT);
			}
		}
		assertThat(this.jdbc
			.sql("select count(*) from membership m where m.community_id = ? and m.role = 'EXPERT'"
					+ " and not exists (select 1 from expertise_nomination n where n.community_id = m.community_id"
					+ " and n.person_id = m.person_id and n.state = 'ACTIVE')")
			.param(community)
			.query(Integer.class)
			.single()).as("expert members without an active nomination").isZero();
	}

}
