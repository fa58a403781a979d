package org.kring.demo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityRole;
import org.kring.community.CommunitySummary;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo communities on the development profile's own database, as on a first start
 * (the same context as {@link DemoDataTests}).
 */
@SpringBootTest(properties = "kring.db.url=jdbc:h2:mem:kring-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("dev")
@Tag("database")
class CommunityDemoDataTests {

	@Autowired
	private CommunityDemoData demoData;

	@Autowired
	private CommunityManagement communities;

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theFourDemoCommunitiesAreLoadedOnStartAndOnlyOnce() {
		assertThat(this.demoData.load()).isZero();
		assertThat(this.communities.findBySlug("women-newcomers-cop")).isPresent();
		assertThat(this.communities.findBySlug("leernetwerk-zonder-papieren")).get()
			.extracting(CommunitySummary::joinPolicy)
			.isEqualTo(JoinPolicy.ON_APPROVAL);
		assertThat(this.communities.findBySlug("expertpool-nieuwkomers-limburg")).get()
			.extracting(CommunitySummary::joinPolicy)
			.isEqualTo(JoinPolicy.BY_INVITATION);
		assertThat(this.communities.findBySlug("youth-advisory-council")).get()
			.extracting(CommunitySummary::visibility)
			.isEqualTo(Visibility.SECRET);
	}

	@Test
	void demoPeopleHoldTheirRolesInTheCommunities() {
		UUID claire = person("claire.dubosquet@kring.example");
		UUID tariq = person("tariq.benhaddou@kring.example");
		UUID hanne = person("hanne.lievens@kring.example");
		UUID women = this.communities.findBySlug("women-newcomers-cop").orElseThrow().id();
		UUID network = this.communities.findBySlug("leernetwerk-zonder-papieren").orElseThrow().id();
		assertThat(this.communities.roleOf(claire, women)).contains(CommunityRole.FACILITATOR);
		assertThat(this.communities.roleOf(hanne, women)).contains(CommunityRole.EXPERT);
		assertThat(this.communities.roleOf(tariq, network)).contains(CommunityRole.FACILITATOR);
		assertThat(this.communities.roleOf(person("zilverreiger@kring.example"), network))
			.contains(CommunityRole.MEMBER);
		assertThat(this.communities.communitiesOf(tariq)).hasSize(2);
	}

	@Test
	void theCommunityOfPracticeHasFivePartnerOrganisationsInFiveCountries() {
		UUID women = this.communities.findBySlug("women-newcomers-cop").orElseThrow().id();
		List<String> partnerCountries = this.jdbc
			.sql("select o.country from community_partner p join organisation o on o.id = p.organisation_id"
					+ " where p.community_id = ? order by o.country")
			.param(women)
			.query(String.class)
			.list();
		assertThat(partnerCountries).containsExactly("BE", "DE", "FR", "IT", "NL");
		List<String> expertsOrganisationCountries = this.jdbc.sql(
				"select distinct o.country from membership m join organisation_affiliation a on a.person_id = m.person_id"
						+ " join organisation o on o.id = a.organisation_id"
						+ " join membership_sharing_default s on s.person_id = m.person_id and s.share_organisation"
						+ " where m.community_id = ? and m.role in ('EXPERT', 'FACILITATOR') order by o.country")
			.param(women)
			.query(String.class)
			.list();
		assertThat(expertsOrganisationCountries).as("experts who show their partner organisation")
			.containsExactly("BE", "DE", "FR", "IT", "NL");
	}

	private UUID person(String email) {
		return this.accounts.findByEmail(email).orElseThrow().id();
	}

}
