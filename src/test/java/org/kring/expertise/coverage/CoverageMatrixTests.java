package org.kring.expertise.coverage;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CoverageMatrixTests {

	private static final UUID BRIDGE = UUID.randomUUID();

	private static final UUID HARBOUR = UUID.randomUUID();

	private static final UUID ELSEWHERE = UUID.randomUUID();

	private static final List<String> FIELDS = List.of("health-care", "housing-income", "education");

	@Test
	void anExpertOnSeveralFieldsCountsInEachFieldAndOnceInTheirPartnersTotal() {
		CoverageMatrix matrix = matrix(new CoverageTarget(5, 1),
				new ActiveExpert("ama", BRIDGE, Set.of("health-care", "housing-income")),
				new ActiveExpert("bo", BRIDGE, Set.of("health-care")));
		assertThat(matrix.count("health-care", BRIDGE)).isEqualTo(2);
		assertThat(matrix.count("housing-income", BRIDGE)).isEqualTo(1);
		assertThat(matrix.count("education", BRIDGE)).isZero();
		assertThat(matrix.partnerTotal(BRIDGE)).isEqualTo(2);
		assertThat(matrix.fieldTotal("health-care")).isEqualTo(2);
		assertThat(matrix.total()).isEqualTo(2);
	}

	@Test
	void onePersonNominatedTwiceCountsOnce() {
		CoverageMatrix matrix = matrix(CoverageTarget.DEFAULT, new ActiveExpert("ama", BRIDGE, Set.of("health-care")),
				new ActiveExpert("ama", BRIDGE, Set.of("health-care", "education")));
		assertThat(matrix.count("health-care", BRIDGE)).isEqualTo(1);
		assertThat(matrix.partnerTotal(BRIDGE)).isEqualTo(1);
		assertThat(matrix.total()).isEqualTo(1);
	}

	@Test
	void expertsOfNoPartnerCountInTheOtherColumnAndInTheFieldTotals() {
		CoverageMatrix matrix = matrix(CoverageTarget.DEFAULT,
				new ActiveExpert("ama", ELSEWHERE, Set.of("health-care")),
				new ActiveExpert("bo", null, Set.of("health-care", "education")),
				new ActiveExpert("cas", HARBOUR, Set.of("health-care")));
		assertThat(matrix.otherCount("health-care")).isEqualTo(2);
		assertThat(matrix.otherCount("education")).isEqualTo(1);
		assertThat(matrix.otherTotal()).isEqualTo(2);
		assertThat(matrix.fieldTotal("health-care")).isEqualTo(3);
		assertThat(matrix.partnerTotal(HARBOUR)).isEqualTo(1);
		assertThat(matrix.partnerTotal(BRIDGE)).isZero();
		assertThat(matrix.total()).isEqualTo(3);
	}

	@Test
	void aRetiredFieldHasNoRowButItsExpertStillCountsForTheirPartner() {
		CoverageMatrix matrix = matrix(CoverageTarget.DEFAULT, new ActiveExpert("ama", BRIDGE, Set.of("retired-field")),
				new ActiveExpert("bo", HARBOUR, Set.of()));
		assertThat(matrix.fields()).doesNotContain("retired-field");
		assertThat(matrix.fieldTotal("retired-field")).isZero();
		assertThat(matrix.partnerTotal(BRIDGE)).isEqualTo(1);
		assertThat(matrix.partnerTotal(HARBOUR)).isEqualTo(1);
	}

	@Test
	void gapsListEachPartnersTotalThenItsFieldsBelowTarget() {
		CoverageMatrix matrix = matrix(new CoverageTarget(2, 1),
				new ActiveExpert("ama", BRIDGE, Set.of("health-care", "housing-income", "education")),
				new ActiveExpert("bo", BRIDGE, Set.of("health-care")),
				new ActiveExpert("cas", HARBOUR, Set.of("education")));
		assertThat(matrix.gaps()).containsExactly(new CoverageMatrix.Gap(HARBOUR, null, 1, 2),
				new CoverageMatrix.Gap(HARBOUR, "health-care", 0, 1),
				new CoverageMatrix.Gap(HARBOUR, "housing-income", 0, 1));
		assertThat(matrix.cellShort("health-care", HARBOUR)).isTrue();
		assertThat(matrix.cellShort("education", HARBOUR)).isFalse();
		assertThat(matrix.partnerShort(HARBOUR)).isTrue();
		assertThat(matrix.partnerShort(BRIDGE)).isFalse();
	}

	@Test
	void aFieldTargetAboveOneReportsCellsWithSomeExpertsButTooFew() {
		CoverageMatrix matrix = matrix(new CoverageTarget(0, 2), new ActiveExpert("ama", BRIDGE, Set.of(FIELDS.get(0))),
				new ActiveExpert("bo", BRIDGE, Set.of(FIELDS.get(0), FIELDS.get(1))),
				new ActiveExpert("cas", BRIDGE, Set.of(FIELDS.get(2))),
				new ActiveExpert("dee", BRIDGE, Set.of(FIELDS.get(2))),
				new ActiveExpert("eli", HARBOUR, Set.of(FIELDS.toArray(String[]::new))),
				new ActiveExpert("fay", HARBOUR, Set.of(FIELDS.toArray(String[]::new))));
		assertThat(matrix.gaps()).containsExactly(new CoverageMatrix.Gap(BRIDGE, "housing-income", 1, 2));
	}

	@Test
	void targetsOfZeroAreAlwaysMet() {
		CoverageMatrix matrix = matrix(new CoverageTarget(0, 0));
		assertThat(matrix.gaps()).isEmpty();
		assertThat(matrix.total()).isZero();
	}

	@Test
	void withoutPartnersThereAreNoGaps() {
		CoverageMatrix matrix = new CoverageMatrix(FIELDS, List.of(),
				List.of(new ActiveExpert("ama", BRIDGE, Set.of("health-care"))), CoverageTarget.DEFAULT);
		assertThat(matrix.gaps()).isEmpty();
		assertThat(matrix.otherTotal()).isEqualTo(1);
	}

	@Test
	void aTargetLiesBetweenZeroAndAThousand() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CoverageTarget(-1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new CoverageTarget(5, 1001));
		assertThat(new CoverageTarget(1000, 0).expertsPerPartner()).isEqualTo(1000);
	}

	private static CoverageMatrix matrix(CoverageTarget target, ActiveExpert... experts) {
		return new CoverageMatrix(FIELDS, List.of(BRIDGE, HARBOUR), List.of(experts), target);
	}

}
