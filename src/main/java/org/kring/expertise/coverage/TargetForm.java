package org.kring.expertise.coverage;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The targets form as typed: whole numbers from 0 to {@value CoverageTarget#MAX}.
 *
 * @param expertsPerPartner the distinct experts each partner should have
 * @param expertsPerField the experts each partner should have on each field
 */
public record TargetForm(@Nullable String expertsPerPartner, @Nullable String expertsPerField) {

	static TargetForm of(CoverageTarget target) {
		return new TargetForm(Integer.toString(target.expertsPerPartner()), Integer.toString(target.expertsPerField()));
	}

	/**
	 * What is wrong with what was typed.
	 * @return message keys by field name, empty when the form is fine
	 */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		check("expertsPerPartner", this.expertsPerPartner, problems);
		check("expertsPerField", this.expertsPerField, problems);
		return problems;
	}

	/**
	 * The targets typed; call only when {@link #problems()} is empty.
	 * @return the targets
	 */
	CoverageTarget target() {
		return new CoverageTarget(number(this.expertsPerPartner), number(this.expertsPerField));
	}

	private static void check(String field, @Nullable String value, Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			problems.put(field, "coverage.target.required");
		}
		else if (number(value) < 0) {
			problems.put(field, "coverage.target.range");
		}
	}

	/** The number typed, or -1 when it is none between 0 and the maximum. */
	private static int number(@Nullable String value) {
		if (value == null || !value.strip().matches("[0-9]{1,4}")) {
			return -1;
		}
		int number = Integer.parseInt(value.strip());
		return (number <= CoverageTarget.MAX) ? number : -1;
	}

}
