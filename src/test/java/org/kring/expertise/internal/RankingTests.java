package org.kring.expertise.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finder's order: most criteria met, then most years, then name; and a page placed
 * with the names of only the profiles tied with it.
 */
class RankingTests {

	private static final UUID ANA = new UUID(0, 1);

	private static final UUID BEN = new UUID(0, 2);

	private static final UUID CEM = new UUID(0, 3);

	private static final UUID DIA = new UUID(0, 4);

	private static final Map<UUID, String> NAMES = Map.of(ANA, "Ana", BEN, "Ben", CEM, "Çem", DIA, "Dia");

	@Test
	void moreCriteriaMetComesBeforeMoreYears() {
		var fewYearsAllCriteria = new Ranking.Candidate(ANA, 3, 1);
		var manyYearsFewerCriteria = new Ranking.Candidate(BEN, 2, 40);
		assertThat(sorted(manyYearsFewerCriteria, fewYearsAllCriteria)).containsExactly(fewYearsAllCriteria,
				manyYearsFewerCriteria);
	}

	@Test
	void moreYearsComeFirstAmongThoseMeetingAsMany() {
		var junior = new Ranking.Candidate(ANA, 2, 3);
		var senior = new Ranking.Candidate(BEN, 2, 12);
		assertThat(sorted(junior, senior)).containsExactly(senior, junior);
	}

	@Test
	void equalMeritGoesByNameInTheReadersLanguage() {
		var dia = new Ranking.Candidate(DIA, 1, 5);
		var cem = new Ranking.Candidate(CEM, 1, 5);
		var ben = new Ranking.Candidate(BEN, 1, 5);
		// a collator places Ç among the Cs, not after Z as plain string order would
		assertThat(sorted(dia, cem, ben)).containsExactly(ben, cem, dia);
	}

	@Test
	void aPageReadsNamesOnlyForTheProfilesTiedWithIt() {
		List<Ranking.Candidate> ranked = List.of(new Ranking.Candidate(ANA, 3, 9), new Ranking.Candidate(DIA, 2, 5),
				new Ranking.Candidate(CEM, 2, 5), new Ranking.Candidate(BEN, 2, 5),
				new Ranking.Candidate(UUID.randomUUID(), 1, 0));
		List<Collection<UUID>> lookups = new ArrayList<>();
		Ranking.Placed second = Ranking.page(ranked, 2, 2, (ids) -> {
			lookups.add(List.copyOf(ids));
			return NAMES;
		}, Locale.ENGLISH);
		// the tied group of three spans the first and second page: by name Ben, Çem, Dia
		assertThat(second.candidates()).extracting(Ranking.Candidate::id).containsExactly(CEM, DIA);
		assertThat(lookups).singleElement()
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder(DIA, CEM, BEN));
		Ranking.Placed first = Ranking.page(ranked, 0, 2, (ids) -> NAMES, Locale.ENGLISH);
		assertThat(first.candidates()).extracting(Ranking.Candidate::id).containsExactly(ANA, BEN);
	}

	@Test
	void aPagePastTheEndIsEmptyAndReadsNoNames() {
		List<Ranking.Candidate> ranked = List.of(new Ranking.Candidate(ANA, 1, 1));
		Ranking.Placed placed = Ranking.page(ranked, 20, 20, (ids) -> {
			throw new AssertionError("no names needed");
		}, Locale.ENGLISH);
		assertThat(placed.candidates()).isEmpty();
	}

	@Test
	void aPartialLastPageHoldsTheRest() {
		List<Ranking.Candidate> ranked = List.of(new Ranking.Candidate(ANA, 1, 3), new Ranking.Candidate(BEN, 1, 2),
				new Ranking.Candidate(CEM, 1, 1));
		assertThat(Ranking.page(ranked, 2, 2, (ids) -> NAMES, Locale.ENGLISH).candidates())
			.extracting(Ranking.Candidate::id)
			.containsExactly(CEM);
	}

	private static List<Ranking.Candidate> sorted(Ranking.Candidate... candidates) {
		return List.of(candidates).stream().sorted(Ranking.order(NAMES, Locale.ENGLISH)).toList();
	}

}
