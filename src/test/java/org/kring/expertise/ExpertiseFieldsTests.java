package org.kring.expertise;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.system.SystemTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expertise fields as every module reads them: in their order, named in the reader's
 * language or else in English, retired ones left out.
 */
@SystemTest
class ExpertiseFieldsTests {

	@Autowired
	private ExpertiseFields fields;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void restore() {
		this.jdbc.update("delete from expertise_field where code = 'test-only'");
		this.jdbc.update("update expertise_field set retired_at = null where code = 'housing-income'");
		this.fields.reload();
	}

	@Test
	void theFiveFieldsComeInTheirOrderNamedInTheReadersLanguage() {
		assertThat(this.fields.all(Locale.of("nl")).stream().map(FieldLabel::code)).containsExactly("social-protection",
				"health-care", "labour-market", "education", "housing-income");
		assertThat(this.fields.find("education", Locale.of("nl")))
			.contains(new FieldLabel("education", "Onderwijs en levenslang leren"));
		assertThat(this.fields.find("education", Locale.of("ar")).orElseThrow().name())
			.isEqualTo("التعليم والتعلم مدى الحياة");
	}

	@Test
	void aLanguageWithoutANameFallsBackToEnglish() {
		assertThat(this.fields.find("health-care", Locale.GERMAN).orElseThrow().name())
			.isEqualTo("Access to health care and therapeutic services");
	}

	@Test
	void everyFieldIsDescribedWithExamplesInEachLanguage() {
		for (String language : new String[] { "en", "nl", "fr", "ar" }) {
			assertThat(this.fields.descriptions(Locale.of(language))).hasSize(5).allSatisfy((field) -> {
				assertThat(field.description()).isNotBlank();
				assertThat(field.examples()).hasSizeGreaterThanOrEqualTo(2)
					.allSatisfy((example) -> assertThat(example).isNotBlank());
			});
		}
		FieldDescription housing = this.fields.description("housing-income", Locale.FRENCH).orElseThrow();
		assertThat(housing.name()).isEqualTo("Logement et sources de revenus");
		assertThat(housing.examples().get(0)).isEqualTo("Conseil juridique et représentation des demandeurs d’asile");
	}

	@Test
	void aDescriptionMissingInTheReadersLanguageFallsBackToEnglish() {
		FieldDescription labour = this.fields.description("labour-market", Locale.GERMAN).orElseThrow();
		assertThat(labour.description()).isEqualTo("Helping migrants find and keep work.");
		assertThat(labour.examples()).hasSize(2).first().asString().startsWith("Information and guidance");
	}

	@Test
	void aRetiredFieldOrAnUnknownCodeIsNotInUse() {
		this.jdbc.update("update expertise_field set retired_at = current_timestamp where code = 'housing-income'");
		this.jdbc.update("insert into expertise_field (code, position) values ('test-only', 9)");
		this.fields.reload();
		assertThat(this.fields.exists("housing-income")).isFalse();
		assertThat(this.fields.exists("nonsense")).isFalse();
		assertThat(this.fields.exists(null)).isFalse();
		assertThat(this.fields.find("test-only", Locale.ENGLISH)).contains(new FieldLabel("test-only", "test-only"));
		assertThat(this.fields.all(Locale.ENGLISH)).hasSize(5);
		assertThat(this.fields.description("test-only", Locale.ENGLISH))
			.contains(new FieldDescription("test-only", "test-only", null, java.util.List.of()));
	}

}
