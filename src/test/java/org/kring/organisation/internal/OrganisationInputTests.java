package org.kring.organisation.internal;

import org.kring.system.i18n.Countries;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kring.organisation.FieldVocabulary;
import org.kring.organisation.OrganisationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class OrganisationInputTests {

	private final FieldVocabulary expertise = expertise();

	@Test
	void validInputBecomesADraftWithBlankOptionalValuesLeftOut() {
		OrganisationInput.Checked checked = new OrganisationInput("  De Brug ", " ", "ngo", "be", " ",
				"https://debrug.example", "", List.of("education", "education"))
			.check(this.expertise);
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.slug()).isNull();
		assertThat(checked.draft()).isEqualTo(new OrganisationDraft("De Brug", OrganisationKind.NGO, "BE", null,
				"https://debrug.example", null, Set.of("education")));
	}

	@Test
	void everyProblemIsNamedByItsField() {
		OrganisationInput.Checked checked = new OrganisationInput(" ", "Bad Slug", "CULT", "XX", "r".repeat(121),
				"ftp://x.example", "d".repeat(2001), List.of("astrology"))
			.check(this.expertise);
		assertThat(checked.draft()).isNull();
		assertThat(checked.problems()).containsEntry("name", "organisation.name.required")
			.containsEntry("slug", "organisation.slug.shape")
			.containsEntry("kind", "organisation.kind.unknown")
			.containsEntry("country", "organisation.country.unknown")
			.containsEntry("region", "organisation.region.long")
			.containsEntry("website", "organisation.website.invalid")
			.containsEntry("description", "organisation.description.long")
			.containsEntry("fields", "organisation.fields.unknown");
	}

	@Test
	void aMissingKindOrCountryIsAskedForRatherThanCalledUnknown() {
		OrganisationInput.Checked checked = new OrganisationInput("De Brug", null, "", null, null, null, null, null)
			.check(this.expertise);
		assertThat(checked.problems()).containsEntry("kind", "organisation.kind.required")
			.containsEntry("country", "organisation.country.required");
	}

	@Test
	void aNameOfMoreThan160CharactersIsTooLong() {
		assertThat(
				new OrganisationInput("n".repeat(161), null, "NGO", "BE", null, null, null, null).check(this.expertise)
					.problems())
			.containsEntry("name", "organisation.name.long");
	}

	@Test
	void onlyWebAddressesWithAHostAreWebsites() {
		assertThat(Websites.isValid("https://debrug.example/over-ons?taal=nl")).isTrue();
		assertThat(Websites.isValid("HTTP://DEBRUG.EXAMPLE")).isTrue();
		assertThat(Websites.isValid("javascript:alert(1)")).isFalse();
		assertThat(Websites.isValid("data:text/html,hi")).isFalse();
		assertThat(Websites.isValid("debrug.example")).isFalse();
		assertThat(Websites.isValid("https://")).isFalse();
		assertThat(Websites.isValid("https://user:secret@debrug.example")).isFalse();
		assertThat(Websites.isValid("https://de brug.example")).isFalse();
		assertThat(Websites.isValid("https://" + "a".repeat(500) + ".example")).isFalse();
	}

	@Test
	void countriesAreIsoCodesNamedInTheReadersLanguage() {
		assertThat(Countries.normalize(" be ")).isEqualTo("BE");
		assertThat(Countries.normalize("XX")).isNull();
		assertThat(Countries.normalize("BEL")).isNull();
		assertThat(Countries.name("BE", java.util.Locale.of("nl"))).isEqualTo("België");
		assertThat(Countries.name("DE", java.util.Locale.FRENCH)).isEqualTo("Allemagne");
	}

	private static FieldVocabulary expertise() {
		FieldVocabulary fields = mock(FieldVocabulary.class);
		given(fields.exists(anyString())).willReturn(false);
		given(fields.exists("education")).willReturn(true);
		return fields;
	}

}
