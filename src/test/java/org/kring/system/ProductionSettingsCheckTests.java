package org.kring.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionSettingsCheckTests {

	@Test
	void databaseUrlIsMissingWhenUnsetOrBlank() {
		assertThat(ProductionSettingsCheck.missingDatabase(new MockEnvironment())).isTrue();
		assertThat(ProductionSettingsCheck.missingDatabase(new MockEnvironment().withProperty("kring.db.url", " ")))
			.isTrue();
	}

	@Test
	void databaseUrlIsThereWhenSet() {
		assertThat(ProductionSettingsCheck
			.missingDatabase(new MockEnvironment().withProperty("kring.db.url", "jdbc:postgresql://localhost/kring")))
			.isFalse();
	}

	@Test
	void messageIsOneLineNamingTheEnvironmentVariable() {
		assertThat(ProductionSettingsCheck.MESSAGE).contains("KRING_DB_URL").doesNotContain("\n");
	}

}
