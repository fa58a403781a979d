package org.kring.community.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void aSlugIsLowerCaseLettersDigitsAndSingleHyphens() {
		assertThat(Slugs.isValid("women-newcomers-2025")).isTrue();
		assertThat(Slugs.isValid("Women")).isFalse();
		assertThat(Slugs.isValid("a--b")).isFalse();
		assertThat(Slugs.isValid("-ab")).isFalse();
		assertThat(Slugs.isValid("ab")).isFalse();
		assertThat(Slugs.isValid("a".repeat(61))).isFalse();
	}

	@Test
	void pagesOfTheirOwnAreNoSlugs() {
		assertThat(Slugs.isValid("new")).isFalse();
	}

	@Test
	void aSlugIsMadeFromANameWithoutAccents() {
		assertThat(Slugs.from("Leernetwerk Mensen zonder Wettig Verblijf"))
			.isEqualTo("leernetwerk-mensen-zonder-wettig-verblijf");
		assertThat(Slugs.from("  Femmes nouvelles arrivantes — réseau! "))
			.isEqualTo("femmes-nouvelles-arrivantes-reseau");
		assertThat(Slugs.from("مجلس الشباب")).isEmpty();
		assertThat(Slugs.from("x".repeat(80))).hasSize(Slugs.MAX_LENGTH);
	}

}
