package org.kring.expertise.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kring.community.CommunityFixtures;
import org.kring.community.CommunityRole;
import org.kring.community.Visibility;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;
import org.kring.expertise.ExpertiseFields;
import org.kring.organisation.OrganisationFixtures;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the coverage system tests share: a community with three partner organisations and
 * a crafted set of nominations with known gaps, its people in each role, all deleted
 * after each test.
 * <p>
 * The crafted set, with the default targets (5 per partner, 1 per field and partner):
 * Brückenwerk has two active experts (one on health care and housing, one on health care)
 * and a declined and a nominated candidate; Maison des Passerelles one active expert on
 * four fields (not housing) and an invited and an alumna on housing; =Harbour (a name a
 * spreadsheet would run as a formula) one active expert on a retired field only; an
 * organisation that is no partner one active expert on housing; and one active expert
 * without an organisation, on education.
 */
@SystemTest
abstract class CoverageTestSupport {

	static final String RETIRED = "test-coverage-retired";

	static final TestPrincipal FACILITATOR = TestPrincipal.member("Fenna");

	static final TestPrincipal MEMBER = TestPrincipal.member("Mo");

	static final TestPrincipal EXPERT = TestPrincipal.member("Esra");

	static final TestPrincipal COORDINATOR_MEMBER = TestPrincipal.coordinator("Cato");

	static final TestPrincipal COORDINATOR_ELSEWHERE = TestPrincipal.coordinator("Cees");

	static final TestPrincipal OUTSIDER = TestPrincipal.member("Otto");

	static final TestPrincipal ADMINISTRATOR = TestPrincipal.administrator("Ada");

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private Communities communities;

	@Autowired
	private Memberships memberships;

	@Autowired
	private ExpertiseFields fields;

	protected CommunityFixtures communityFixtures;

	protected OrganisationFixtures organisations;

	protected CoverageFixtures nominations;

	protected Community community;

	protected OrganisationSummary bridge;

	protected OrganisationSummary passerelles;

	protected OrganisationSummary harbour;

	protected OrganisationSummary elsewhere;

	@BeforeEach
	void craftedCommunity() {
		this.communityFixtures = new CommunityFixtures(this.communities, this.memberships, this.mvc);
		this.organisations = new OrganisationFixtures(this.jdbc);
		this.nominations = new CoverageFixtures(this.jdbc);
		this.community = community(Visibility.MEMBERS_ONLY);
		this.bridge = this.organisations.add("Brückenwerk Leipzig", OrganisationKind.NGO, "DE", null);
		this.passerelles = this.organisations.add("Maison des Passerelles", OrganisationKind.NGO, "FR", null);
		this.harbour = this.organisations.add("=Harbour", OrganisationKind.NGO, "NL", null);
		this.elsewhere = this.organisations.add("Elsewhere Works", OrganisationKind.NGO, "BE", null);
		this.community.partnerWith(Set.of(this.bridge.id(), this.passerelles.id(), this.harbour.id()));
		this.communityFixtures.save(this.community);
		this.jdbc.update("insert into expertise_field (code, position, retired_at) values (?, 99, current_timestamp)",
				RETIRED);
		this.jdbc.update("insert into expertise_field_name (field_code, language, name) values (?, 'en', ?)", RETIRED,
				"Retired test field");
		this.fields.reload();
		UUID id = this.community.id();
		this.nominations.nominate(id, this.bridge.id(), "ACTIVE", "health-care", "housing-income");
		this.nominations.nominate(id, this.bridge.id(), "ACTIVE", "health-care");
		this.nominations.nominate(id, this.bridge.id(), "DECLINED", "education");
		this.nominations.nominate(id, this.bridge.id(), "NOMINATED", "labour-market");
		this.nominations.nominate(id, this.passerelles.id(), "ACTIVE", "education", "social-protection",
				"labour-market", "health-care");
		this.nominations.nominate(id, this.passerelles.id(), "INVITED", "housing-income");
		this.nominations.nominate(id, this.passerelles.id(), "ALUMNI", "housing-income");
		this.nominations.nominate(id, this.harbour.id(), "ACTIVE", RETIRED);
		this.nominations.nominate(id, this.elsewhere.id(), "ACTIVE", "housing-income");
		this.nominations.nominate(id, null, "ACTIVE", "education");
	}

	/**
	 * A community with its facilitator, a member, an expert and a coordinator who belongs
	 * to it.
	 * @param visibility who may read it
	 * @return the community, not yet partnered
	 */
	protected Community community(Visibility visibility) {
		Community made = this.communityFixtures
			.found(TestCommunities.description(CommunityFixtures.slug("coverage"), visibility), FACILITATOR);
		this.communityFixtures.admit(made, MEMBER, CommunityRole.MEMBER);
		this.communityFixtures.admit(made, EXPERT, CommunityRole.EXPERT);
		this.communityFixtures.admit(made, COORDINATOR_MEMBER, CommunityRole.MEMBER);
		return made;
	}

	@AfterEach
	void deleteAll() {
		this.nominations.deleteAll();
		this.communityFixtures.deleteAll();
		this.organisations.deleteAll();
		this.jdbc.update("delete from expertise_field where code = ?", RETIRED);
		this.fields.reload();
	}

	protected String path() {
		return "/experts/coverage?community=" + this.community.slug();
	}

	/**
	 * The rows of the page's table, each as the text of its cells.
	 * @param html the page
	 * @return header row, field rows and the totals row
	 */
	static List<List<String>> rows(String html) {
		List<List<String>> rows = new ArrayList<>();
		Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(html);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
			while (cell.find()) {
				cells.add(cell.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
			}
			rows.add(cells);
		}
		return rows;
	}

}
