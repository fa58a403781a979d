package org.kring.result.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An action as a facilitator writes it: its agenda's year, title, description, due date
 * and owners, each checked on its own. Whether the due date comes after the action was
 * made and whether the owners are members, the agenda checks.
 *
 * @param agendaYear the agenda's year
 * @param title what is to be done
 * @param description more about it, or null
 * @param dueOn by when, or null
 * @param owners the people who take it on
 */
public record ActionDraft(int agendaYear, String title, @Nullable String description, @Nullable LocalDate dueOn,
		Set<UUID> owners) {

	/** The first year an agenda may have. */
	public static final int FIRST_YEAR = 2000;

	/** The last year an agenda may have. */
	public static final int LAST_YEAR = 2100;

	/**
	 * Reads a submitted form.
	 * @param year the agenda's year
	 * @param title the title, required, at most 200 characters
	 * @param description the description, at most 4000 characters
	 * @param dueOn the due date as {@code YYYY-MM-DD}, or blank
	 * @param owners the owners' ids
	 * @return the draft
	 * @throws ActionRefused with every problem found
	 */
	public static ActionDraft of(@Nullable String year, @Nullable String title, @Nullable String description,
			@Nullable String dueOn, @Nullable List<String> owners) {
		Map<String, String> problems = new LinkedHashMap<>();
		int agendaYear = year(year, problems);
		String text = strip(title);
		if (text == null) {
			problems.put("title", "actions.title.required");
		}
		else if (text.length() > 200) {
			problems.put("title", "actions.title.tooLong");
		}
		String about = strip(description);
		if (about != null && about.length() > 4000) {
			problems.put("description", "actions.description.tooLong");
		}
		LocalDate due = null;
		if (strip(dueOn) != null) {
			try {
				due = LocalDate.parse(dueOn.strip());
			}
			catch (DateTimeParseException ex) {
				problems.put("dueOn", "actions.dueOn.invalid");
			}
		}
		Set<UUID> people = new LinkedHashSet<>();
		for (String owner : (owners != null) ? owners : List.<String>of()) {
			try {
				people.add(UUID.fromString(owner.strip()));
			}
			catch (IllegalArgumentException ex) {
				problems.put("owners", "actions.owners.notMember");
			}
		}
		if (!problems.isEmpty()) {
			throw new ActionRefused(problems);
		}
		return new ActionDraft(agendaYear, text, about, due, people);
	}

	private static int year(@Nullable String year, Map<String, String> problems) {
		Integer number = year(year);
		if (number == null) {
			problems.put("year", "actions.year.invalid");
			return 0;
		}
		return number;
	}

	/**
	 * Reads the year of an agenda.
	 * @param year such as {@code 2026}
	 * @return the year, or null when it is no whole number from {@value #FIRST_YEAR} to
	 * {@value #LAST_YEAR}
	 */
	public static @Nullable Integer year(@Nullable String year) {
		try {
			int number = Integer.parseInt((year != null) ? year.strip() : "");
			return (number >= FIRST_YEAR && number <= LAST_YEAR) ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static @Nullable String strip(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
