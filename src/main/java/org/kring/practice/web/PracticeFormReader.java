package org.kring.practice.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldVocabulary;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.practice.internal.ContactVisibility;
import org.kring.practice.internal.PracticeDescription;
import org.kring.practice.internal.PracticeLink;
import org.kring.practice.internal.TargetGroup;
import org.kring.system.i18n.Countries;
import org.kring.system.i18n.LanguageCodes;

import org.springframework.stereotype.Component;

/**
 * Reads the practice template as typed into a description, or says what is wrong with
 * each part: message keys by form name, the link rows as {@code linkUrl-0} and so on.
 */
@Component
class PracticeFormReader {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final int LONG_TEXT = 8000;

	private final FieldVocabulary fields;

	private final OrganisationManagement organisations;

	PracticeFormReader(FieldVocabulary fields, OrganisationManagement organisations) {
		this.fields = fields;
		this.organisations = organisations;
	}

	/**
	 * The description, or the problems.
	 *
	 * @param description the description, null when there are problems
	 * @param problems message keys by form name
	 */
	record Read(@Nullable PracticeDescription description, Map<String, String> problems) {
	}

	Read read(PracticeForm form) {
		Map<String, String> problems = new LinkedHashMap<>();
		String title = form.title();
		if (title == null) {
			problems.put("title", "practice.title.required");
		}
		tooLong(problems, "title", title, 200);
		tooLong(problems, "summary", form.summary(), 2000);
		tooLong(problems, "region", form.region(), 120);
		tooLong(problems, "organisationName", form.organisationName(), 200);
		tooLong(problems, "contactName", form.contactName(), 120);
		for (PracticePart part : PracticePart.values()) {
			tooLong(problems, part.formName(), form.text(part), LONG_TEXT);
		}
		String country = (form.country() != null) ? Countries.normalize(form.country()) : null;
		if (form.country() != null && country == null) {
			problems.put("country", "practice.country.invalid");
		}
		Set<String> fieldCodes = new LinkedHashSet<>(form.fields());
		if (!fieldCodes.stream().allMatch(this.fields::exists)) {
			problems.put("fields", "practice.fields.invalid");
		}
		Set<TargetGroup> groups = targetGroups(form.targetGroups(), problems);
		UUID organisationId = organisation(form.organisation(), problems);
		Integer startYear = startYear(form.startYear(), problems);
		String email = form.contactEmail();
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			problems.put("contactEmail", "practice.contactEmail.invalid");
		}
		ContactVisibility visibility = visibility(form.contactVisibility(), problems);
		String language = LanguageCodes.normalize(form.language());
		if (language == null) {
			problems.put("language", "practice.language.invalid");
		}
		Set<String> languages = new LinkedHashSet<>();
		for (String code : form.languages()) {
			String normalized = LanguageCodes.normalize(code);
			if (normalized == null) {
				problems.put("languages", "practice.languages.invalid");
			}
			else {
				languages.add(normalized);
			}
		}
		List<PracticeLink> links = links(form.links(), problems);
		if (!problems.isEmpty() || title == null || language == null) {
			return new Read(null, problems);
		}
		return new Read(new PracticeDescription(title, form.summary(), country, form.region(), fieldCodes, groups,
				organisationId, form.organisationName(), startYear, form.stillRunning(), form.context(),
				form.objectives(), form.activities(), form.results(), form.evidence(), form.resources(),
				form.transfer(), form.contactName(), email, visibility, language, languages, links), problems);
	}

	private static void tooLong(Map<String, String> problems, String name, @Nullable String text, int max) {
		if (text != null && text.length() > max) {
			problems.putIfAbsent(name, "practice.text.tooLong");
		}
	}

	private static Set<TargetGroup> targetGroups(List<String> typed, Map<String, String> problems) {
		Set<TargetGroup> groups = new LinkedHashSet<>();
		for (String name : typed) {
			try {
				groups.add(TargetGroup.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				problems.put("targetGroups", "practice.targetGroups.invalid");
			}
		}
		return groups;
	}

	private @Nullable UUID organisation(@Nullable String typed, Map<String, String> problems) {
		if (typed == null) {
			return null;
		}
		try {
			UUID id = UUID.fromString(typed);
			if (!this.organisations.summaries(List.of(id)).isEmpty()) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// an id nobody could have chosen from the list: refused below
		}
		problems.put("organisation", "practice.organisation.invalid");
		return null;
	}

	private static @Nullable Integer startYear(@Nullable String typed, Map<String, String> problems) {
		if (typed == null) {
			return null;
		}
		try {
			int year = Integer.parseInt(typed);
			if (year >= 1900 && year <= 2200) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// not a year: refused below
		}
		problems.put("startYear", "practice.startYear.invalid");
		return null;
	}

	private static ContactVisibility visibility(@Nullable String typed, Map<String, String> problems) {
		try {
			return (typed != null) ? ContactVisibility.valueOf(typed) : ContactVisibility.NOBODY;
		}
		catch (IllegalArgumentException ex) {
			problems.put("contactVisibility", "practice.contactVisibility.invalid");
			return ContactVisibility.NOBODY;
		}
	}

	private static List<PracticeLink> links(List<PracticeForm.LinkRow> rows, Map<String, String> problems) {
		if (rows.size() > PracticeForm.MAX_LINKS) {
			problems.put("links", "practice.links.tooMany");
		}
		List<PracticeLink> links = new ArrayList<>();
		for (int row = 0; row < rows.size(); row++) {
			PracticeForm.LinkRow link = rows.get(row);
			if (!isWebAddress(link.url())) {
				problems.put("linkUrl-" + row, "practice.link.invalid");
			}
			else if (link.label().length() > 200) {
				problems.put("linkLabel-" + row, "practice.text.tooLong");
			}
			else {
				links.add(new PracticeLink(link.label().isBlank() ? null : link.label(), link.url()));
			}
		}
		return links;
	}

	/**
	 * Only http and https: a {@code javascript:} or {@code data:} link would run in the
	 * reader's page.
	 */
	static boolean isWebAddress(String url) {
		if (url.isBlank() || url.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The organisations to choose from.
	 * @return every organisation in the register
	 */
	List<OrganisationSummary> organisations() {
		return this.organisations.all();
	}

}
