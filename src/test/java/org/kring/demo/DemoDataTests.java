package org.kring.demo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development profile on a database of its own, as on a first start.
 */
@SpringBootTest(properties = "kring.db.url=jdbc:h2:mem:kring-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("dev")
@Tag("database")
class DemoDataTests {

	@Autowired
	private DemoData demoData;

	@Autowired
	private AccountManagement accounts;

	@Test
	void theDemoPeopleAreLoadedOnStartAndOnlyOnce() {
		assertThat(DemoPeople.ALL).allSatisfy(
				(person) -> assertThat(this.accounts.findByEmail(person.email())).as(person.email()).isPresent());
		assertThat(this.demoData.load()).isZero();
		assertThat(this.demoData.load()).isZero();
		assertThat(DemoPeople.ALL.stream().map((person) -> this.accounts.findByEmail(person.email())))
			.allSatisfy((found) -> assertThat(found).isPresent())
			.hasSize(18);
	}

	@Test
	void theDemoPeopleAreVerifiedWithTheirLanguageAndOneAdministrator() {
		for (DemoPeople.DemoPerson person : DemoPeople.ALL) {
			PersonSummary summary = this.accounts.findByEmail(person.email()).orElseThrow();
			assertThat(summary.email()).as("verified address").isEqualTo(person.email());
			assertThat(summary.displayName()).isEqualTo(person.displayName());
			assertThat(summary.preferredLanguage()).isEqualTo(person.locale());
			assertThat(summary.administrator()).isEqualTo(person.role() == DemoPeople.Role.ADMINISTRATOR);
		}
		assertThat(DemoPeople.ALL).filteredOn((person) -> person.role() == DemoPeople.Role.ADMINISTRATOR).hasSize(1);
	}

}
