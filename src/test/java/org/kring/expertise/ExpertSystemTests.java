package org.kring.expertise;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.browser.TestMail;
import org.kring.community.CommunityFixtures;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityRole;
import org.kring.community.Visibility;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;
import org.kring.organisation.OrganisationFixtures;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.kring.expertise.Availability.CHALLENGE_MENTOR;
import static org.kring.expertise.Availability.GUEST_SPEAKER;
import static org.kring.expertise.Availability.REVIEWER;

/**
 * What the finder's system tests share: the running application and a crafted set of
 * expert profiles (deleted after each test), one per visibility plus two that test the
 * ranking, with readers of every kind.
 * <ul>
 * <li>Alba (everyone): health care 10 years, education 1; Dutch and English; Belgium;
 * works at the test organisation; reviewer.</li>
 * <li>Bram (members of his communities): health care 5; Dutch; Belgium; guest
 * speaker.</li>
 * <li>Cas (coordinators only): health care 20; French; France.</li>
 * <li>Dora (everyone): education 30; Arabic; Morocco; challenge mentor.</li>
 * <li>Eli (everyone): health care 2, housing 25; Dutch; Netherlands.</li>
 * </ul>
 * Bram and Fenna share a (secret) community; Gus shares none with anyone.
 */
@SystemTest
public abstract class ExpertSystemTests {

	protected static final String PASSWORD = "copper meadow lantern 58";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected AccountManagement accounts;

	@Autowired
	protected CommunityManagement communityManagement;

	@Autowired
	private Communities communities;

	@Autowired
	private Memberships memberships;

	protected ExpertFixtures experts;

	protected OrganisationFixtures organisations;

	protected CommunityFixtures communityFixtures;

	protected OrganisationSummary organisation;

	protected TestPrincipal alba;

	protected TestPrincipal bram;

	protected TestPrincipal cas;

	protected TestPrincipal dora;

	protected TestPrincipal eli;

	/** Shares a community with Bram. */
	protected TestPrincipal fenna;

	/** Shares a community with no expert. */
	protected TestPrincipal gus;

	protected TestPrincipal coordinator = TestPrincipal.coordinator("Coordinator");

	protected TestPrincipal administrator = TestPrincipal.administrator("Administrator");

	protected Community community;

	@BeforeEach
	void craftProfiles() {
		this.experts = new ExpertFixtures(this.jdbc);
		this.organisations = new OrganisationFixtures(this.jdbc);
		this.communityFixtures = new CommunityFixtures(this.communities, this.memberships, this.mvc);
		this.organisation = this.organisations.add("Finder House", OrganisationKind.NGO, "BE", null, "health-care");
		this.alba = person("Alba Finder");
		this.bram = person("Bram Finder");
		this.cas = person("Cas Finder");
		this.dora = person("Dora Finder");
		this.eli = person("Eli Finder");
		this.fenna = person("Fenna Finder");
		this.gus = person("Gus Finder");
		this.experts.add(this.alba.id(), ProfileVisibility.EVERYONE, this.organisation.id(),
				Map.of("health-care", 10, "education", 1), Set.of("nl", "en"), Set.of("BE"), Set.of("english"),
				Set.of(REVIEWER));
		this.experts.add(this.bram.id(), ProfileVisibility.COMMUNITIES, null, Map.of("health-care", 5), Set.of("nl"),
				Set.of("BE"), Set.of(), Set.of(GUEST_SPEAKER));
		this.experts.add(this.cas.id(), ProfileVisibility.COORDINATORS, null, Map.of("health-care", 20), Set.of("fr"),
				Set.of("FR"), Set.of(), Set.of());
		this.experts.add(this.dora.id(), ProfileVisibility.EVERYONE, null, Map.of("education", 30), Set.of("ar"),
				Set.of("MA"), Set.of("migration-expertise"), Set.of(CHALLENGE_MENTOR));
		this.experts.add(this.eli.id(), ProfileVisibility.EVERYONE, null,
				Map.of("health-care", 2, "housing-income", 25), Set.of("nl"), Set.of("NL"), Set.of(), Set.of());
		this.community = this.communityFixtures
			.found(TestCommunities.description(CommunityFixtures.slug("finder"), Visibility.SECRET), this.bram);
		this.communityFixtures.admit(this.community, this.fenna, CommunityRole.MEMBER);
		this.communityFixtures
			.found(TestCommunities.description(CommunityFixtures.slug("finder-gus"), Visibility.PUBLIC), this.gus);
	}

	@AfterEach
	void deleteProfiles() {
		this.experts.deleteAll();
		this.communityFixtures.deleteAll();
		this.organisations.deleteAll();
	}

	/** The crafted experts' ids, to tell them from profiles other tests may leave. */
	protected Set<UUID> crafted() {
		return Set.of(this.alba.id(), this.bram.id(), this.cas.id(), this.dora.id(), this.eli.id());
	}

	protected List<TestPrincipal> craftedPeople() {
		return List.of(this.alba, this.bram, this.cas, this.dora, this.eli);
	}

	private TestPrincipal person(String name) {
		UUID id = this.accounts.createVerified(name,
				TestMail.newAddress(name.toLowerCase(Locale.ROOT).replace(' ', '.')), PASSWORD, null,
				InstanceRole.MEMBER);
		return TestPrincipal.member(id, name);
	}

}
