package org.kring.practice.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.kring.account.InstanceRole;
import org.kring.expertise.Availability;
import org.kring.expertise.ExpertProfile;
import org.kring.expertise.ExpertProfiles;
import org.kring.expertise.FieldExperience;
import org.kring.expertise.ProfileVisibility;
import org.kring.organisation.NewOrganisation;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationManagement;
import org.kring.practice.PracticeFixtures;
import org.kring.practice.PracticeTestSupport;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeDescription;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluation's page tests: experts of the fixtures' field, organisations, practices
 * run by an organisation, and the pages' text; profiles and organisations deleted after
 * each test.
 */
abstract class ReviewTestSupport extends PracticeTestSupport {

	@Autowired
	protected ExpertProfiles profiles;

	@Autowired
	protected OrganisationManagement organisations;

	private final List<UUID> experts = new ArrayList<>();

	private final List<UUID> organisationIds = new ArrayList<>();

	@AfterEach
	void deleteExpertsAndOrganisations() {
		for (UUID person : this.experts) {
			this.jdbc.update("delete from expertise_profile where person_id = ?", person);
			this.jdbc.update("delete from organisation_affiliation where person_id = ?", person);
		}
		for (UUID organisation : this.organisationIds) {
			this.jdbc.update("delete from organisation_affiliation where organisation_id = ?", organisation);
			this.jdbc.update("delete from organisation where id = ?", organisation);
		}
	}

	/** An organisation. */
	protected UUID organisation(String name) {
		UUID id = this.organisations
			.register(new NewOrganisation(name + " " + UUID.randomUUID().toString().substring(0, 8),
					OrganisationKind.NGO, "BE", null, null, null, Set.of()))
			.id();
		this.organisationIds.add(id);
		return id;
	}

	/** A member with an expert profile in the fixtures' field. */
	protected TestPrincipal expert(String name, int years, @Nullable UUID organisation) {
		return expert(this.fixtures.person(name, InstanceRole.MEMBER, Locale.ENGLISH), years, organisation);
	}

	/** An expert profile in the fixtures' field for someone. */
	protected TestPrincipal expert(TestPrincipal person, int years, @Nullable UUID organisation) {
		this.experts.add(person.id());
		this.profiles.save(new ExpertProfile(person.id(), organisation, null, ProfileVisibility.COORDINATORS,
				List.of(new FieldExperience(PracticeFixtures.FIELD, years, null)), List.of(), List.of("en"),
				List.of("BE"), Set.of(Availability.REVIEWER)));
		return person;
	}

	/** Records someone as working for an organisation, without an expert profile. */
	protected void affiliate(TestPrincipal person, UUID organisation) {
		this.experts.add(person.id());
		this.organisations.affiliate(person.id(), organisation);
	}

	/** A submitted practice run by an organisation. */
	protected Practice submittedBy(TestPrincipal submitter, String title, UUID organisation) {
		PracticeDescription d = PracticeFixtures.description(title);
		PracticeDescription run = new PracticeDescription(d.title(), d.summary(), d.country(), d.region(), d.fields(),
				d.targetGroups(), organisation, d.organisationName(), d.startYear(), d.stillRunning(), d.context(),
				d.objectives(), d.activities(), d.results(), d.evidence(), d.resources(), d.transfer(), d.contactName(),
				d.contactEmail(), d.contactVisibility(), d.language(), d.languages(), d.links());
		Practice practice = Practice.draft(run, submitter.id(), Instant.now());
		practice.submit(submitter.id(), Instant.now());
		return this.practiceRepository.save(practice);
	}

	/** The page's text, expecting 200. */
	protected String page(String path, @Nullable TestPrincipal who) throws Exception {
		return text(get(path, who).andExpect(status().isOk()));
	}

	protected static String text(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	/** The ids of the criteria asked now, in order. */
	protected List<UUID> asked() {
		return this.jdbc.queryForList("select id from practice_criterion where retired = false order by position",
				UUID.class);
	}

	/** A complete review's form fields, every criterion scored the same. */
	protected String[] review(int score, String justification) {
		List<String> params = new ArrayList<>();
		for (UUID criterion : asked()) {
			params.add("score-" + criterion);
			params.add(Integer.toString(score));
			params.add("justification-" + criterion);
			params.add(justification);
		}
		return params.toArray(String[]::new);
	}

}
