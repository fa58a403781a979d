package org.kring.practice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The scoring rules of one review: every criterion asked gets a whole score from
 * {@value #LOWEST} to {@value #HIGHEST} and a justification; remarks are optional. A
 * problem is keyed {@code score-<criterion id>} or {@code justification-<criterion id>}
 * so that the form shows it next to that criterion.
 */
public final class ScoreSheet {

	/** The lowest score. */
	public static final int LOWEST = 1;

	/** The highest score. */
	public static final int HIGHEST = 5;

	/** The longest justification. */
	public static final int MAX_JUSTIFICATION = 2000;

	/** The longest remarks. */
	public static final int MAX_REMARKS = 4000;

	private ScoreSheet() {
	}

	/**
	 * One criterion's score as typed.
	 *
	 * @param score the score as typed, or null when none was chosen
	 * @param justification the justification as typed, or null
	 */
	public record Typed(@Nullable String score, @Nullable String justification) {
	}

	/**
	 * One criterion's accepted score.
	 *
	 * @param criterionId the criterion
	 * @param score from 1 to 5
	 * @param justification why
	 */
	public record Score(UUID criterionId, int score, String justification) {
	}

	/**
	 * Checks a review against the criteria asked.
	 * @param asked the criteria asked, in order
	 * @param typed what was typed per criterion id; a criterion left out is missing
	 * @param remarks the remarks, or null
	 * @return every criterion's score, in the order asked
	 * @throws ReviewRefused with a problem next to each criterion that misses something
	 */
	public static List<Score> check(List<UUID> asked, Map<UUID, Typed> typed, @Nullable String remarks) {
		Map<String, String> problems = new LinkedHashMap<>();
		List<Score> scores = new ArrayList<>();
		for (UUID criterion : asked) {
			Typed one = typed.getOrDefault(criterion, new Typed(null, null));
			Integer score = score(one.score());
			if (score == null) {
				problems.put("score-" + criterion, (one.score() == null || one.score().isBlank())
						? "practicereview.review.score.required" : "practicereview.review.score.range");
			}
			String justification = (one.justification() != null) ? one.justification().strip() : "";
			if (justification.isEmpty()) {
				problems.put("justification-" + criterion, "practicereview.review.justification.required");
			}
			else if (justification.length() > MAX_JUSTIFICATION) {
				problems.put("justification-" + criterion, "practicereview.review.justification.long");
			}
			if (score != null && problems.isEmpty()) {
				scores.add(new Score(criterion, score, justification));
			}
		}
		if (remarks != null && remarks.strip().length() > MAX_REMARKS) {
			problems.put("remarks", "practicereview.review.remarks.long");
		}
		if (!problems.isEmpty()) {
			throw new ReviewRefused(problems);
		}
		return scores;
	}

	private static @Nullable Integer score(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		try {
			int score = Integer.parseInt(typed.strip());
			return (score >= LOWEST && score <= HIGHEST) ? score : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
