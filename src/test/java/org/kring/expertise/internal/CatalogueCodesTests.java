package org.kring.expertise.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The code of a new field or qualification is made from its English name.
 */
class CatalogueCodesTests {

	@Test
	void aCodeIsTheNameInLowerCaseAsciiJoinedByHyphens() {
		assertThat(CatalogueAdministration.codeOf("  Éducation populaire & Co. ")).isEqualTo("education-populaire-co");
		assertThat(CatalogueAdministration.codeOf("EU projects (2021–2027)")).isEqualTo("eu-projects-2021-2027");
	}

	@Test
	void aLongNameGivesACodeOfAtMostFortyCharactersWithoutATrailingHyphen() {
		String code = CatalogueAdministration.codeOf("Experience in assessing the quality of documents and methods");
		assertThat(code).isEqualTo("experience-in-assessing-the-quality-of");
		assertThat(code.length()).isLessThanOrEqualTo(40);
	}

	@Test
	void aNameWithoutLettersOrDigitsHasNoCode() {
		assertThatThrownBy(() -> CatalogueAdministration.codeOf("؟!")).isInstanceOf(InvalidWordingException.class);
	}

}
