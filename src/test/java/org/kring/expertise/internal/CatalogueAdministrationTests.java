package org.kring.expertise.internal;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.FieldDescription;
import org.kring.expertise.FieldLabel;
import org.kring.expertise.Qualification;
import org.kring.expertise.Qualifications;
import org.kring.expertise.TestCatalogueEntries;
import org.kring.system.SystemTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Administrators add, word, retire and bring back fields and qualifications, and every
 * module sees the change at once; bad input is refused with a clear exception.
 */
@SystemTest
class CatalogueAdministrationTests {

	private static final Locale DUTCH = Locale.of("nl");

	@Autowired
	private CatalogueAdministration administration;

	@Autowired
	private ExpertiseFields fields;

	@Autowired
	private Qualifications qualifications;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeWhatTheTestsAdded() {
		TestCatalogueEntries.removeAll(this.jdbc, this.fields, this.qualifications);
	}

	@Test
	void anAddedFieldComesLastWithItsEnglishWordingInEveryLanguage() {
		this.fields.all(DUTCH);
		String code = this.administration.add(CatalogueKind.FIELDS,
				new Wording("  Test: mental health & well-being ", "Care for the mind.", List.of(" Listening ", "")));
		assertThat(code).isEqualTo("test-mental-health-well-being");
		assertThat(this.fields.all(DUTCH)).last().isEqualTo(new FieldLabel(code, "Test: mental health & well-being"));
		assertThat(this.fields.description(code, Locale.FRENCH)).contains(new FieldDescription(code,
				"Test: mental health & well-being", "Care for the mind.", List.of("Listening")));
	}

	@Test
	void aRenamedFieldReadsInItsNewWordsAtOnceAndKeepsItsCode() {
		String code = this.administration.add(CatalogueKind.FIELDS, Wording.named("Test sport"));
		this.fields.all(DUTCH);
		this.administration.rename(CatalogueKind.FIELDS, code, DUTCH,
				new Wording("Test sport en beweging", "Bewegen met anderen.", List.of("Wandelgroepen", "Zwemles")));
		this.administration.rename(CatalogueKind.FIELDS, code, Locale.ENGLISH,
				Wording.named("Test sport and exercise"));
		assertThat(this.fields.description(code, DUTCH)).contains(new FieldDescription(code, "Test sport en beweging",
				"Bewegen met anderen.", List.of("Wandelgroepen", "Zwemles")));
		assertThat(this.fields.find(code, Locale.ENGLISH)).contains(new FieldLabel(code, "Test sport and exercise"));
		this.administration.rename(CatalogueKind.FIELDS, code, DUTCH, Wording.named("Test sport"));
		assertThat(this.fields.description(code, DUTCH).orElseThrow().examples()).isEmpty();
	}

	@Test
	void aQualificationIsAddedWordedRetiredAndBroughtBack() {
		String code = this.administration.add(CatalogueKind.QUALIFICATIONS,
				new Wording("Test sign language", "Signs with deaf people.", List.of()));
		this.administration.rename(CatalogueKind.QUALIFICATIONS, code, Locale.of("ar"),
				new Wording("لغة الإشارة", null, List.of()));
		assertThat(this.qualifications.find(code, Locale.of("ar")))
			.contains(new Qualification(code, "لغة الإشارة", "Signs with deaf people."));
		this.administration.retire(CatalogueKind.QUALIFICATIONS, code);
		this.administration.retire(CatalogueKind.QUALIFICATIONS, code);
		assertThat(this.qualifications.exists(code)).isFalse();
		assertThat(this.qualifications.all(Locale.ENGLISH)).extracting(Qualification::code).doesNotContain(code);
		assertThat(this.jdbc.queryForObject("select count(*) from expertise_qualification where code = ?",
				Integer.class, code))
			.isOne();
		this.administration.reinstate(CatalogueKind.QUALIFICATIONS, code);
		assertThat(this.qualifications.exists(code)).isTrue();
	}

	@Test
	void aRetiredFieldDisappearsFromTheListAndComesBack() {
		String code = this.administration.add(CatalogueKind.FIELDS, Wording.named("Test retiring"));
		this.administration.retire(CatalogueKind.FIELDS, code);
		assertThat(this.fields.exists(code)).isFalse();
		assertThat(this.fields.all(Locale.ENGLISH)).hasSize(5);
		this.administration.reinstate(CatalogueKind.FIELDS, code);
		assertThat(this.fields.all(Locale.ENGLISH)).hasSize(6).last().extracting(FieldLabel::code).isEqualTo(code);
	}

	@Test
	void aNameWhoseCodeIsTakenIsADuplicateEvenWhenTheOtherIsRetired() {
		assertThatThrownBy(() -> this.administration.add(CatalogueKind.QUALIFICATIONS, Wording.named("ENGLISH!")))
			.isInstanceOf(DuplicateCodeException.class)
			.hasMessageContaining("'english'");
		String code = this.administration.add(CatalogueKind.FIELDS, Wording.named("Test old field"));
		this.administration.retire(CatalogueKind.FIELDS, code);
		assertThatThrownBy(() -> this.administration.add(CatalogueKind.FIELDS, Wording.named("Test: old field")))
			.isInstanceOf(DuplicateCodeException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from expertise_field_name where field_code = ?",
				Integer.class, code))
			.isOne();
	}

	@Test
	void aBlankNameOrOneWithoutLettersIsRefused() {
		assertThatThrownBy(() -> this.administration.add(CatalogueKind.FIELDS, Wording.named("   ")))
			.isInstanceOf(InvalidWordingException.class)
			.hasMessage("A name may not be blank");
		assertThatThrownBy(() -> this.administration.add(CatalogueKind.FIELDS, Wording.named("?!")))
			.isInstanceOf(InvalidWordingException.class);
		assertThatThrownBy(
				() -> this.administration.rename(CatalogueKind.FIELDS, "education", DUTCH, Wording.named("")))
			.isInstanceOf(InvalidWordingException.class);
		assertThat(this.fields.find("education", DUTCH).orElseThrow().name())
			.isEqualTo("Onderwijs en levenslang leren");
	}

	@Test
	void anUnknownCodeIsReportedAsSuch() {
		assertThatThrownBy(
				() -> this.administration.rename(CatalogueKind.FIELDS, "test-nothing", DUTCH, Wording.named("Niets")))
			.isInstanceOf(UnknownCodeException.class)
			.hasMessage("No expertise field has the code 'test-nothing'");
		assertThatThrownBy(() -> this.administration.retire(CatalogueKind.QUALIFICATIONS, "test-nothing"))
			.isInstanceOf(UnknownCodeException.class)
			.hasMessage("No qualification has the code 'test-nothing'");
		assertThatThrownBy(() -> this.administration.reinstate(CatalogueKind.FIELDS, "test-nothing"))
			.isInstanceOf(UnknownCodeException.class);
	}

	@Test
	void aLanguageKringDoesNotOfferOrExamplesOfAQualificationAreRefused() {
		assertThatThrownBy(() -> this.administration.rename(CatalogueKind.FIELDS, "education", Locale.GERMAN,
				Wording.named("Bildung")))
			.isInstanceOf(InvalidWordingException.class);
		assertThatThrownBy(() -> this.administration.add(CatalogueKind.QUALIFICATIONS,
				new Wording("Test driving", null, List.of("Drives a van"))))
			.isInstanceOf(InvalidWordingException.class);
		assertThat(this.fields.find("education", Locale.GERMAN).orElseThrow().name())
			.isEqualTo("Education and lifelong learning");
	}

}
