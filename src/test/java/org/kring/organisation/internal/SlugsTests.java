package org.kring.organisation.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void aSlugIsMadeFromTheNameWithoutAccentsOrPunctuation() {
		assertThat(Slugs.fromName("De Brug vzw")).isEqualTo("de-brug-vzw");
		assertThat(Slugs.fromName("  Café Ünïty & Friends!  ")).isEqualTo("cafe-unity-and-friends");
		assertThat(Slugs.fromName("Straße der Begegnung")).isEqualTo("strasse-der-begegnung");
		assertThat(Slugs.fromName("Œuvre d’accueil — Łódź")).isEqualTo("oeuvre-d-accueil-lodz");
	}

	@Test
	void aNameWithoutLatinLettersGetsTheFallback() {
		assertThat(Slugs.fromName("جمعية الأمل")).isEqualTo(Slugs.FALLBACK);
		assertThat(Slugs.fromName("!")).isEqualTo(Slugs.FALLBACK);
	}

	@Test
	void aLongNameIsCutAtTheLimitWithoutATrailingHyphen() {
		String slug = Slugs.fromName("word ".repeat(40));
		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
		assertThat(Slugs.problem(slug)).isNull();
	}

	@Test
	void aNumberedSlugStaysWithinTheLimit() {
		assertThat(Slugs.numbered("de-brug", 2)).isEqualTo("de-brug-2");
		String longest = "a".repeat(Slugs.MAX_LENGTH);
		assertThat(Slugs.numbered(longest, 12)).hasSize(Slugs.MAX_LENGTH).endsWith("-12");
	}

	@Test
	void aChosenSlugMustBeLowerCaseWordsJoinedBySingleHyphens() {
		assertThat(Slugs.problem("de-brug-2")).isNull();
		assertThat(Slugs.problem("De-Brug")).isEqualTo("organisation.slug.shape");
		assertThat(Slugs.problem("de--brug")).isEqualTo("organisation.slug.shape");
		assertThat(Slugs.problem("-brug")).isEqualTo("organisation.slug.shape");
		assertThat(Slugs.problem("de brug")).isEqualTo("organisation.slug.shape");
		assertThat(Slugs.problem("café")).isEqualTo("organisation.slug.shape");
		assertThat(Slugs.problem("x")).isEqualTo("organisation.slug.length");
		assertThat(Slugs.problem("a".repeat(81))).isEqualTo("organisation.slug.length");
	}

	@Test
	void theAddressesOfOtherOrganisationPagesAreReserved() {
		assertThat(Slugs.problem("new")).isEqualTo("organisation.slug.reserved");
		assertThat(Slugs.problem("edit")).isEqualTo("organisation.slug.reserved");
	}

}
