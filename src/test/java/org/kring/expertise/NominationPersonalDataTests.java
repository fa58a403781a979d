package org.kring.expertise;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.account.PersonalData;
import org.kring.browser.TestMail;
import org.kring.community.internal.Community;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's nominations in their download, and gone from every pipeline when they erase
 * their account; other candidates' nominations stay.
 */
class NominationPersonalDataTests extends RecruitmentTestSupport {

	@Autowired
	private List<PersonalData> sections;

	@Test
	void theCandidateDownloadsTheirNominationsAndErasingDeletesThem() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		TestPrincipal candidate = person("Quinten");
		Community community = recruiting(facilitator);
		UUID theirs = nominated(community, facilitator, emailOf(candidate));
		invited(community, facilitator, theirs, emailOf(candidate));
		UUID someoneElses = nominated(community, facilitator, TestMail.newAddress("rosa"));
		PersonalData nominations = this.sections.stream()
			.filter((section) -> section.section().equals("nominations"))
			.findFirst()
			.orElseThrow();

		Map<String, Object> exported = nominations.export(candidate.id());
		assertThat(exported.get("nominations")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.singleElement()
			.satisfies((row) -> {
				Map<?, ?> nomination = (Map<?, ?>) row;
				assertThat(nomination.get("communityId")).isEqualTo(community.id().toString());
				assertThat(nomination.get("state")).isEqualTo("INVITED");
				assertThat((List<?>) nomination.get("steps")).hasSize(2);
			});
		assertThat(nominations.export(facilitator.id())).as("nominating is not being nominated").isEmpty();

		nominations.erase(candidate.id());
		assertThat(this.jdbc.sql("select count(*) from expertise_nomination where id = ?")
			.param(theirs)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from expertise_nomination_step where nomination_id = ?")
			.param(theirs)
			.query(Integer.class)
			.single()).isZero();
		assertThat(stateOf(someoneElses)).isEqualTo("NOMINATED");
	}

}
