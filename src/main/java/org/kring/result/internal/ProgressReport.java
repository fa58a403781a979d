package org.kring.result.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A progress update as an owner writes it: the day, what happened, how far along.
 *
 * @param on the day it reports on
 * @param text what happened
 * @param percentage how far along, from 0 to 100
 */
public record ProgressReport(LocalDate on, String text, int percentage) {

	/**
	 * Reads a submitted form.
	 * @param on the day as {@code YYYY-MM-DD}, required
	 * @param text what happened, required, at most 4000 characters
	 * @param percentage a whole number from 0 to 100, required
	 * @return the report
	 * @throws ActionRefused with every problem found
	 */
	public static ProgressReport of(@Nullable String on, @Nullable String text, @Nullable String percentage) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate day = null;
		try {
			day = LocalDate.parse((on != null) ? on.strip() : "");
		}
		catch (DateTimeParseException ex) {
			problems.put("updateOn", "actions.update.on.invalid");
		}
		String written = ActionDraft.strip(text);
		if (written == null) {
			problems.put("text", "actions.update.text.required");
		}
		else if (written.length() > 4000) {
			problems.put("text", "actions.update.text.tooLong");
		}
		int done = -1;
		try {
			done = Integer.parseInt((percentage != null) ? percentage.strip() : "");
		}
		catch (NumberFormatException ex) {
			// answered below, as any other number out of range
		}
		if (done < 0 || done > 100) {
			problems.put("percentage", "actions.update.percentage.invalid");
		}
		if (!problems.isEmpty()) {
			throw new ActionRefused(problems);
		}
		return new ProgressReport(day, written, done);
	}

}
