package org.kring.library.internal;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The kinds and their magazine group, the checks on a description, and which language a
 * reader sees.
 */
class PublicationRulesTests {

	@Test
	void theThreeMagazineArticlesAreOneFilterAndOneGroup() {
		assertThat(PublicationKind.matching(PublicationKind.MAGAZINE_ARTICLE)).containsExactlyInAnyOrder(
				PublicationKind.ESSAY, PublicationKind.INTERVIEW, PublicationKind.PRACTICAL_ARTICLE);
		assertThat(PublicationKind.filters()).contains(PublicationKind.MAGAZINE_ARTICLE, "REPORT", "TOOLKIT")
			.doesNotContain("ESSAY", "INTERVIEW");
		assertThat(PublicationKind.INTERVIEW.groupKey()).isEqualTo("library.kind.magazine_article");
		assertThat(PublicationKind.REPORT.groupKey()).isEqualTo("library.kind.report");
		assertThat(PublicationKind.matching("NOT_A_KIND")).isEmpty();
	}

	@Test
	void aDescriptionNeedsAKindALanguageATitleAndASensibleYear() {
		assertThatExceptionOfType(LibraryRefused.class)
			.isThrownBy(() -> PublicationDraft.of("POEM", "xx", " ", null, null, List.of(), null, null, "1800", null))
			.satisfies((refused) -> assertThat(refused.problems()).containsKeys("kind", "language", "title", "year"));
		PublicationDraft draft = PublicationDraft.of("FACTSHEET", "FR", " Fiche ", " ", null, List.of(), null, null,
				"2024", null);
		assertThat(draft.language()).isEqualTo("fr");
		assertThat(draft.title()).isEqualTo("Fiche");
		assertThat(draft.summary()).isNull();
	}

	@Test
	void aReaderSeesTheirLanguageWhenTranslatedElseTheOriginalWithARequest() {
		Publication publication = new Publication(
				PublicationDraft.of("REPORT", "en", "Welcome", "About", null, List.of(), null, null, null, null),
				java.util.UUID.randomUUID(), java.time.Instant.now());
		List<TranslationView> translations = List.of(new TranslationView("fr", "Bienvenue", "À propos"));
		assertThat(ShownText.choose(publication, translations, Locale.FRENCH))
			.isEqualTo(new ShownText("fr", "Bienvenue", "À propos", true, null));
		assertThat(ShownText.choose(publication, translations, Locale.ENGLISH))
			.isEqualTo(new ShownText("en", "Welcome", "About", false, null));
		assertThat(ShownText.choose(publication, translations, Locale.of("ar")))
			.isEqualTo(new ShownText("en", "Welcome", "About", false, "ar"));
	}

}
