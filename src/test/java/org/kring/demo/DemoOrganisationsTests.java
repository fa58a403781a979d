package org.kring.demo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo organisations on a database of their own, as on a first start.
 */
@SpringBootTest(properties = "kring.db.url=jdbc:h2:mem:kring-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("dev")
@Tag("database")
class DemoOrganisationsTests {

	@Autowired
	private DemoOrganisations demo;

	@Autowired
	private OrganisationManagement organisations;

	@Autowired
	private AccountManagement accounts;

	@Test
	void aDozenOrganisationsInFiveCountriesAreLoadedOnceWithDemoPeopleWorkingAtSome() {
		List<OrganisationSummary> all = this.organisations.all();
		assertThat(all).hasSize(DemoOrganisations.ALL.size()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(all.stream().map(OrganisationSummary::country).distinct()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(this.demo.load()).isZero();
		assertThat(this.organisations.all()).hasSize(all.size());
		UUID hanne = this.accounts.findByEmail("hanne.lievens@kring.example").orElseThrow().id();
		assertThat(this.organisations.affiliationsOf(List.of(hanne)).get(hanne).name())
			.isEqualTo("Huis van de Nieuwkomer");
	}

}
