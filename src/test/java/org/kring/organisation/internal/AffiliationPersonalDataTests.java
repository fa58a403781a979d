package org.kring.organisation.internal;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.account.PersonalData;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.organisation.OrganisationSystemTests;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation a person says they belong to is part of their data: in their export,
 * and gone when they erase their account; the organisation itself stays.
 */
class AffiliationPersonalDataTests extends OrganisationSystemTests {

	@Autowired
	private java.util.List<PersonalData> personalData;

	@Autowired
	private OrganisationManagement organisations;

	@Test
	void exportsAndErasesTheOrganisationAPersonBelongsTo() {
		OrganisationSummary bridge = this.fixtures.add("Data Bridge", OrganisationKind.NGO, "BE", null);
		UUID person = UUID.randomUUID();
		UUID someoneElse = UUID.randomUUID();
		this.organisations.affiliate(person, bridge.id());
		this.organisations.affiliate(someoneElse, bridge.id());
		PersonalData section = this.personalData.stream()
			.filter((data) -> data.section().equals(AffiliationPersonalData.SECTION))
			.findFirst()
			.orElseThrow();

		Map<String, Object> exported = section.export(person);
		assertThat(exported).containsKey("belongsTo");
		assertThat(exported.get("belongsTo"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
			.containsEntry("organisation", "Data Bridge")
			.containsEntry("slug", bridge.slug())
			.containsKey("since");
		assertThat(section.export(UUID.randomUUID())).isEmpty();

		section.erase(person);
		assertThat(section.export(person)).isEmpty();
		assertThat(this.organisations.affiliationsOf(java.util.List.of(person, someoneElse)))
			.containsOnlyKeys(someoneElse);
		assertThat(this.organisations.findBySlug(bridge.slug())).isPresent();
		section.erase(person);
	}

	@Test
	void aPersonBelongsToOneOrganisationAtATime() {
		OrganisationSummary first = this.fixtures.add("First Home", OrganisationKind.NGO, "BE", null);
		OrganisationSummary second = this.fixtures.add("Second Home", OrganisationKind.EMPLOYER, "NL", null);
		UUID person = UUID.randomUUID();
		this.organisations.affiliate(person, first.id());
		this.organisations.affiliate(person, second.id());
		assertThat(this.organisations.affiliationsOf(java.util.List.of(person))).containsEntry(person, second);
		assertThat(this.organisations.summaries(java.util.List.of(first.id(), second.id(), UUID.randomUUID())))
			.containsExactly(first, second);
	}

}
