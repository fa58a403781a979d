package org.kring.demo;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.expertise.ExpertProfile;
import org.kring.expertise.ExpertProfiles;
import org.kring.expertise.ProfileVisibility;
import org.kring.organisation.OrganisationManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo experts' accounts and profiles on the development profile's own database, as
 * on a first start (the same context as {@link DemoDataTests}).
 */
@SpringBootTest(properties = "kring.db.url=jdbc:h2:mem:kring-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("dev")
@Tag("database")
class ExpertDemoDataTests {

	@Autowired
	private ExpertDemoData demoData;

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private ExpertProfiles profiles;

	@Autowired
	private OrganisationManagement organisations;

	@Test
	void everyDemoExpertHasAnAccountAndAProfileLoadedOnceWhateverTheOrder() {
		assertThat(this.demoData.load()).isZero();
		for (DemoExperts.DemoExpert expert : DemoExperts.ALL) {
			UUID person = this.accounts.findByEmail(expert.email()).orElseThrow().id();
			assertThat(this.demoData.findOrCreate(expert)).as("found, not made again").isEqualTo(person);
			ExpertProfile profile = this.profiles.find(person).orElseThrow();
			assertThat(profile.visibility()).isEqualTo(ProfileVisibility.valueOf(expert.visibility()));
			assertThat(profile.fields()).hasSize(expert.yearsPerField().size());
			assertThat(profile.languages()).containsExactlyInAnyOrderElementsOf(expert.languages());
			assertThat(profile.countries()).containsExactlyInAnyOrderElementsOf(expert.countries());
			if (expert.organisation() != null) {
				assertThat(this.organisations.affiliationsOf(java.util.List.of(person)).get(person).name())
					.isEqualTo(expert.organisation());
			}
		}
	}

	@Test
	void aNewDemoExpertSpeaksTheInterfaceInTheirMainLanguageWhenKringHasIt() {
		PersonSummary rachid = this.accounts.findByEmail("rachid.elouardi@kring.example").orElseThrow();
		PersonSummary sofia = this.accounts.findByEmail("sofia.karagianni@kring.example").orElseThrow();
		assertThat(rachid.preferredLanguage()).isEqualTo(Locale.of("ar"));
		assertThat(sofia.preferredLanguage()).isNull();
		assertThat(rachid.administrator()).isFalse();
	}

}
