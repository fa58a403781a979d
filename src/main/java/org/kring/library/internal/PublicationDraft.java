package org.kring.library.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.system.i18n.LanguageCodes;

/**
 * A publication's description as checked from a form: a kind, a language and a title at
 * least, each text within its column, a year between 1900 and 2200.
 *
 * @param kind what it is
 * @param language the ISO 639 code of the language it was written in
 * @param title its title
 * @param summary its summary
 * @param authors its authors, as written
 * @param organisations the organisations behind it
 * @param communityId the community it came from, or null
 * @param project the project it came from, or null
 * @param year the year it appeared
 * @param licence its licence, such as CC BY 4.0
 */
public record PublicationDraft(PublicationKind kind, String language, String title, @Nullable String summary,
		@Nullable String authors, List<UUID> organisations, @Nullable UUID communityId, @Nullable String project,
		@Nullable Integer year, @Nullable String licence) {

	/**
	 * Checks a form's values.
	 * @return the draft
	 * @throws LibraryRefused with every problem found
	 */
	public static PublicationDraft of(@Nullable String kind, @Nullable String language, @Nullable String title,
			@Nullable String summary, @Nullable String authors, List<UUID> organisations, @Nullable UUID communityId,
			@Nullable String project, @Nullable String year, @Nullable String licence) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<PublicationKind> parsedKind = PublicationKind.parse(kind);
		if (parsedKind.isEmpty()) {
			problems.put("kind", "library.kind.required");
		}
		String code = LanguageCodes.normalize(language);
		if (code == null) {
			problems.put("language", "library.language.invalid");
		}
		if (title == null || title.isBlank()) {
			problems.put("title", "library.title.required");
		}
		tooLong(problems, "title", title, 300);
		tooLong(problems, "summary", summary, 4000);
		tooLong(problems, "authors", authors, 1000);
		tooLong(problems, "project", project, 200);
		tooLong(problems, "licence", licence, 60);
		Integer parsedYear = year(problems, year);
		if (!problems.isEmpty()) {
			throw new LibraryRefused(problems);
		}
		return new PublicationDraft(parsedKind.orElseThrow(), code, title.strip(), blankToNull(summary),
				blankToNull(authors), List.copyOf(organisations), communityId, blankToNull(project), parsedYear,
				blankToNull(licence));
	}

	private static @Nullable Integer year(Map<String, String> problems, @Nullable String year) {
		if (year == null || year.isBlank()) {
			return null;
		}
		try {
			int parsed = Integer.parseInt(year.strip());
			if (parsed >= 1900 && parsed <= 2200) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// told below
		}
		problems.put("year", "library.year.invalid");
		return null;
	}

	static void tooLong(Map<String, String> problems, String field, @Nullable String text, int max) {
		if (text != null && text.length() > max) {
			problems.putIfAbsent(field, "library.too-long");
		}
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
