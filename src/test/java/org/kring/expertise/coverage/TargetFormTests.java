package org.kring.expertise.coverage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetFormTests {

	@Test
	void wholeNumbersFromZeroToAThousandAreTargets() {
		TargetForm form = new TargetForm(" 1000", "0");
		assertThat(form.problems()).isEmpty();
		assertThat(form.target()).isEqualTo(new CoverageTarget(1000, 0));
	}

	@Test
	void anEmptyTargetAsksForANumber() {
		assertThat(new TargetForm("", null).problems()).containsEntry("expertsPerPartner", "coverage.target.required")
			.containsEntry("expertsPerField", "coverage.target.required");
	}

	@Test
	void negativeTooLargeOrFractionalTargetsAreRefused() {
		for (String typed : new String[] { "-1", "1001", "2.5", "five", "99999999999", "1e3" }) {
			assertThat(new TargetForm(typed, "1").problems()).as(typed)
				.containsExactly(java.util.Map.entry("expertsPerPartner", "coverage.target.range"));
		}
	}

}
