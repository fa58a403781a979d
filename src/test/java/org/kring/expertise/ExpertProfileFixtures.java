package org.kring.expertise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityFixtures;
import org.kring.community.CommunityRole;
import org.kring.community.Visibility;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;
import org.kring.organisation.NewOrganisation;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.TestPrincipal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Expert profiles, communities and organisations saved for one system test and deleted
 * after it, with the affiliations saving a profile records.
 */
public final class ExpertProfileFixtures {

	private final ExpertProfiles profiles;

	private final OrganisationManagement organisations;

	private final JdbcTemplate jdbc;

	private final CommunityFixtures communities;

	private final List<UUID> people = new ArrayList<>();

	private final List<UUID> organisationIds = new ArrayList<>();

	public ExpertProfileFixtures(ExpertProfiles profiles, OrganisationManagement organisations, JdbcTemplate jdbc,
			Communities communities, Memberships memberships, MockMvc mvc) {
		this.profiles = profiles;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.communities = new CommunityFixtures(communities, memberships, mvc);
	}

	public CommunityFixtures communities() {
		return this.communities;
	}

	/**
	 * A profile saved through the facade.
	 * @param owner its owner
	 * @param visibility who may see it
	 * @param organisation the organisation, or null
	 * @return the profile
	 */
	public ExpertProfile save(TestPrincipal owner, ProfileVisibility visibility, @Nullable UUID organisation) {
		ExpertProfile profile = new ExpertProfile(owner.id(), organisation, "Twenty years beside newcomers.",
				visibility,
				List.of(new FieldExperience("health-care", 20, "Interpreting in clinics"),
						new FieldExperience("housing-income", 3, null)),
				List.of("migration-expertise"), List.of("ber", "fy", "nl"), List.of("BE", "MA"),
				Set.of(Availability.REVIEWER, Availability.GUEST_SPEAKER));
		track(owner.id());
		this.profiles.save(profile);
		return profile;
	}

	/** Deletes the profiles and affiliations of this person after the test. */
	public void track(UUID person) {
		this.people.add(person);
	}

	/**
	 * A community with the given people as members.
	 * @param members the members, the first its facilitator
	 * @return the community
	 */
	public Community communityOf(TestPrincipal... members) {
		Community community = this.communities
			.found(TestCommunities.description(CommunityFixtures.slug("experts"), Visibility.SECRET), members[0]);
		for (int i = 1; i < members.length; i++) {
			this.communities.admit(community, members[i], CommunityRole.MEMBER);
		}
		return community;
	}

	public OrganisationSummary organisation(String name) {
		OrganisationSummary organisation = this.organisations
			.register(new NewOrganisation(name + " " + UUID.randomUUID().toString().substring(0, 8),
					OrganisationKind.NGO, "BE", null, null, null, Set.of()));
		this.organisationIds.add(organisation.id());
		return organisation;
	}

	public void deleteAll() {
		for (UUID person : this.people) {
			this.jdbc.update("delete from expertise_profile where person_id = ?", person);
			this.jdbc.update("delete from organisation_affiliation where person_id = ?", person);
		}
		for (UUID organisation : this.organisationIds) {
			this.jdbc.update("delete from organisation where id = ?", organisation);
		}
		this.communities.deleteAll();
		this.people.clear();
		this.organisationIds.clear();
	}

}
