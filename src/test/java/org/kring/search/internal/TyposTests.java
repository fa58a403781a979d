package org.kring.search.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TyposTests {

	@Test
	void oneLetterAddedLeftOutOrChangedIsOneTypo() {
		assertThat(Typos.oneApart("vrijwilligers", "vrijwilligers")).isTrue();
		assertThat(Typos.oneApart("vrijwiligers", "vrijwilligers")).isTrue();
		assertThat(Typos.oneApart("vrijwilligers", "vrijwiligers")).isTrue();
		assertThat(Typos.oneApart("accompagnement", "acompagnement")).isTrue();
		assertThat(Typos.oneApart("mentoring", "mentorong")).isTrue();
		assertThat(Typos.oneApart("mentoring", "mentorin")).isTrue();
		assertThat(Typos.oneApart("housing", "hossing")).isTrue();
	}

	@Test
	void twoNeighboursSwappedIsOneTypo() {
		assertThat(Typos.oneApart("housing", "hosuing")).isTrue();
		assertThat(Typos.oneApart("housing", "housign")).isTrue();
	}

	@Test
	void twoChangesAreMoreThanOneTypo() {
		assertThat(Typos.oneApart("housing", "hissong")).isFalse();
		assertThat(Typos.oneApart("housing", "houses")).isFalse();
		assertThat(Typos.oneApart("taalcursus", "taalcursussen")).isFalse();
		assertThat(Typos.oneApart("housing", "hsuoing")).isFalse();
	}

}
