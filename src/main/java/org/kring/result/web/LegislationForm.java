package org.kring.result.web;

import org.jspecify.annotations.Nullable;
import org.kring.result.internal.LegislationTest;

/**
 * The legislation-test form as typed, or as the stored entry reads.
 *
 * @param ruleTested the rule or article
 * @param title the title
 * @param finding what was found in practice
 * @param recommendation what is recommended
 * @param version the entry's version when the form was opened, or null for a new one
 */
public record LegislationForm(@Nullable String ruleTested, @Nullable String title, @Nullable String finding,
		@Nullable String recommendation, @Nullable Long version) {

	static final LegislationForm EMPTY = new LegislationForm(null, null, null, null, null);

	static LegislationForm of(LegislationTest entry) {
		return new LegislationForm(entry.ruleTested(), entry.title(), entry.finding(), entry.recommendation(),
				entry.version());
	}

	LegislationForm atVersion(long current) {
		return new LegislationForm(this.ruleTested, this.title, this.finding, this.recommendation, current);
	}

}
