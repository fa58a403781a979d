package org.kring.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityRole;
import org.kring.expertise.RecruitmentManagement;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the demo experts that have a stage into the recruitment pipeline of
 * {@link DemoExperts#COMMUNITY}, for the fields of their profile and their organisation
 * when it is a partner, with steps backdated over the past months. Active experts are
 * expert members of the community. Loads the demo communities and the demo experts'
 * accounts and profiles first when they are not there yet, so the order in which the demo
 * loaders start does not matter; a candidate already in the pipeline is left alone, so it
 * runs any number of times.
 */
@Component
@Profile("dev")
@Order(Ordered.LOWEST_PRECEDENCE)
class RecruitmentDemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(RecruitmentDemoData.class);

	/** The facilitator of the demo community, who nominated and invited everyone. */
	static final String NOMINATOR = "claire.dubosquet@kring.example";

	private final CommunityDemoData communityDemo;

	private final ExpertDemoData expertDemo;

	private final AccountManagement accounts;

	private final CommunityManagement communities;

	private final OrganisationManagement organisations;

	private final RecruitmentManagement recruitment;

	private final Clock clock;

	RecruitmentDemoData(CommunityDemoData communityDemo, ExpertDemoData expertDemo, AccountManagement accounts,
			CommunityManagement communities, OrganisationManagement organisations, RecruitmentManagement recruitment,
			Clock clock) {
		this.communityDemo = communityDemo;
		this.expertDemo = expertDemo;
		this.accounts = accounts;
		this.communities = communities;
		this.organisations = organisations;
		this.recruitment = recruitment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int recorded = load();
		if (recorded > 0) {
			logger.info("Put {} fictional demo candidates into the recruitment pipeline", recorded);
		}
	}

	/**
	 * Records the demo candidates not in the pipeline yet.
	 * @return how many were recorded
	 */
	@Transactional
	int load() {
		this.communityDemo.load();
		this.expertDemo.load();
		UUID community = this.communities.findBySlug(DemoExperts.COMMUNITY).orElseThrow().id();
		UUID nominator = this.accounts.findByEmail(NOMINATOR).orElseThrow().id();
		Set<UUID> partners = this.communities.partnersOf(community);
		Map<String, UUID> organisationIds = this.organisations.all()
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::name, OrganisationSummary::id, (first, second) -> first));
		Instant now = this.clock.instant();
		int recorded = 0;
		int index = 0;
		for (DemoExperts.DemoExpert expert : DemoExperts.ALL) {
			DemoExperts.Stage stage = expert.stage();
			if (stage == null) {
				continue;
			}
			index++;
			UUID person = find(expert.email());
			UUID organisation = (expert.organisation() != null) ? organisationIds.get(expert.organisation()) : null;
			Instant nominatedAt = now
				.minus(Duration.ofDays(stage == DemoExperts.Stage.ALUMNI ? 200 : 120 - index * 5L));
			if (this.recruitment.recordPast(community, person, (person == null) ? expert.email() : null,
					expert.yearsPerField().keySet(), partners.contains(organisation) ? organisation : null, nominator,
					stage.name(), nominatedAt)) {
				recorded++;
			}
			if (stage == DemoExperts.Stage.ACTIVE && person != null
					&& this.communities.roleOf(person, community).isEmpty()) {
				this.communities.enrol(community, person, CommunityRole.EXPERT);
			}
		}
		return recorded;
	}

	private @Nullable UUID find(String email) {
		return this.accounts.findByEmail(email).map(PersonSummary::id).orElse(null);
	}

}
