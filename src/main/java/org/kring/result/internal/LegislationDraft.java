package org.kring.result.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An entry of the legislation register as a facilitator wrote it, checked: the rule or
 * article (at most 300 characters) and a title (at most 200) are needed; what the group
 * found may take 8000 characters, what it recommends 4000.
 *
 * @param ruleTested the rule or article
 * @param title a short title
 * @param finding what the group found in practice, or null
 * @param recommendation what it recommends, or null
 */
public record LegislationDraft(String ruleTested, String title, @Nullable String finding,
		@Nullable String recommendation) {

	/**
	 * Checks an entry as typed.
	 * @param ruleTested the rule or article
	 * @param title the title
	 * @param finding the finding
	 * @param recommendation the recommendation
	 * @return the draft
	 * @throws ToolboxRefused naming each field's problem
	 */
	public static LegislationDraft of(@Nullable String ruleTested, @Nullable String title, @Nullable String finding,
			@Nullable String recommendation) {
		Map<String, String> problems = new LinkedHashMap<>();
		String rule = Texts.required(problems, "ruleTested", ruleTested, 300, "legislation.rule");
		String cleanTitle = Texts.required(problems, "title", title, 200, "legislation.title");
		String cleanFinding = Texts.optional(problems, "finding", finding, 8000, "legislation.finding.long");
		String cleanRecommendation = Texts.optional(problems, "recommendation", recommendation, 4000,
				"legislation.recommendation.long");
		if (!problems.isEmpty()) {
			throw new ToolboxRefused(problems);
		}
		return new LegislationDraft(rule, cleanTitle, cleanFinding, cleanRecommendation);
	}

}
