package org.kring.practice.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.PracticeFilter;
import org.kring.practice.internal.TargetGroup;
import org.kring.system.i18n.Countries;
import org.kring.system.i18n.LanguageCodes;
import org.kring.system.web.QueryParameters;

/**
 * The filters of the list of practices as sent, read into a {@link PracticeFilter}: a
 * value that names nothing is a problem next to its filter; a text longer than
 * {@value #MAX_TEXT} characters is cut, and the page says so.
 *
 * @param field the field code as sent
 * @param country the country as sent
 * @param targetGroup the target group as sent
 * @param language the language as sent
 * @param year the start year as sent
 * @param q the text as sent, cut
 * @param cut whether the text was cut
 * @param filter what the list is narrowed to
 * @param problems message keys by parameter name
 */
public record PracticeSearch(@Nullable String field, @Nullable String country, @Nullable String targetGroup,
		@Nullable String language, @Nullable String year, @Nullable String q, boolean cut, PracticeFilter filter,
		Map<String, String> problems) {

	/** The longest text searched for. */
	public static final int MAX_TEXT = 200;

	static PracticeSearch of(Map<String, String> params, Predicate<String> fieldExists) {
		String field = QueryParameters.blankToNull(params.get("field"));
		String country = QueryParameters.blankToNull(params.get("country"));
		String targetGroup = QueryParameters.blankToNull(params.get("targetGroup"));
		String language = QueryParameters.blankToNull(params.get("language"));
		String year = QueryParameters.blankToNull(params.get("year"));
		String q = QueryParameters.blankToNull(params.get("q"));
		boolean cut = q != null && q.length() > MAX_TEXT;
		if (cut) {
			q = q.substring(0, MAX_TEXT);
		}
		Map<String, String> problems = new LinkedHashMap<>();
		if (field != null && !fieldExists.test(field)) {
			problems.put("field", "practice.filter.invalid");
		}
		String countryCode = Countries.normalize(country);
		if (country != null && countryCode == null) {
			problems.put("country", "practice.filter.invalid");
		}
		TargetGroup group = group(targetGroup);
		if (targetGroup != null && group == null) {
			problems.put("targetGroup", "practice.filter.invalid");
		}
		String languageCode = LanguageCodes.normalize(language);
		if (language != null && languageCode == null) {
			problems.put("language", "practice.filter.invalid");
		}
		Integer startYear = year(year);
		if (year != null && startYear == null) {
			problems.put("year", "practice.filter.year");
		}
		return new PracticeSearch(field, country, targetGroup, language, year, q, cut,
				new PracticeFilter(problems.containsKey("field") ? null : field, countryCode, group, languageCode,
						startYear, q),
				problems);
	}

	private static @Nullable TargetGroup group(@Nullable String name) {
		try {
			return (name != null) ? TargetGroup.valueOf(name) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable Integer year(@Nullable String year) {
		try {
			int value = (year != null) ? Integer.parseInt(year) : 0;
			return (value >= 1900 && value <= 2200) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The address of another page of the same list.
	 * @param page the page
	 * @return the list's address with the same filters
	 */
	public String pageLink(int page) {
		Map<String, String> params = new LinkedHashMap<>();
		put(params, "field", this.filter.field());
		put(params, "country", this.filter.country());
		put(params, "targetGroup", (this.filter.targetGroup() != null) ? this.filter.targetGroup().name() : null);
		put(params, "language", this.filter.language());
		put(params, "year", (this.filter.year() != null) ? this.filter.year().toString() : null);
		put(params, "q", this.q);
		if (page > 1) {
			params.put("page", Integer.toString(page));
		}
		return QueryParameters.link("/practices", params);
	}

	private static void put(Map<String, String> params, String name, @Nullable String value) {
		if (value != null) {
			params.put(name, value);
		}
	}

}
