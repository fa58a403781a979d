package org.kring.expertise.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.ExpertProfile;
import org.kring.expertise.FieldExperience;
import org.kring.expertise.ProfileVisibility;
import org.kring.system.i18n.LanguageCodes;
import org.kring.system.web.CleanText;

import org.springframework.util.MultiValueMap;

/**
 * The expert profile form as typed. A field counts when its years are filled in; the
 * common languages are ticked and any other typed as codes; countries are typed as codes.
 *
 * @param years the years typed per field code
 * @param notes the notes typed per field code
 * @param qualifications the ticked qualification codes
 * @param languages the ticked common languages' codes
 * @param otherLanguages other languages' codes, separated by commas
 * @param countries countries' codes, separated by commas
 * @param organisation the chosen organisation's id, or blank for none
 * @param biography the biography
 * @param availability the ticked kinds of work
 * @param visibility who may see the profile
 */
public record ExpertProfileForm(Map<String, String> years, Map<String, String> notes, List<String> qualifications,
		List<String> languages, @Nullable String otherLanguages, @Nullable String countries,
		@Nullable String organisation, @Nullable String biography, List<String> availability,
		@Nullable String visibility) {

	static final String YEARS = "years-";

	static final String NOTE = "note-";

	/**
	 * A blank form for someone without a profile: visible to coordinators only until they
	 * choose otherwise.
	 * @param organisation the organisation they said they belong to, or null
	 * @return the form
	 */
	static ExpertProfileForm blank(@Nullable String organisation) {
		return new ExpertProfileForm(Map.of(), Map.of(), List.of(), List.of(), null, null, organisation, null,
				List.of(), ProfileVisibility.COORDINATORS.name());
	}

	static ExpertProfileForm of(ExpertProfile profile) {
		Map<String, String> years = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		for (FieldExperience field : profile.fields()) {
			years.put(field.fieldCode(), Integer.toString(field.years()));
			if (field.note() != null) {
				notes.put(field.fieldCode(), field.note());
			}
		}
		List<String> common = profile.languages().stream().filter(LanguageCodes.COMMON::contains).toList();
		String other = profile.languages()
			.stream()
			.filter((code) -> !LanguageCodes.COMMON.contains(code))
			.collect(Collectors.joining(", "));
		return new ExpertProfileForm(years, notes, profile.qualifications(), common, other,
				String.join(", ", profile.countries()),
				(profile.organisationId() != null) ? profile.organisationId().toString() : null, profile.biography(),
				profile.availability().stream().map(Enum::name).toList(), profile.visibility().name());
	}

	/**
	 * Reads the form from the request's parameters, cleaned as every form's text is.
	 * @param params the parameters
	 * @return the form as typed
	 */
	static ExpertProfileForm from(MultiValueMap<String, String> params) {
		return new ExpertProfileForm(byField(params, YEARS), byField(params, NOTE), all(params, "qualification"),
				all(params, "language"), one(params, "otherLanguages"), one(params, "countries"),
				one(params, "organisation"), one(params, "biography"), all(params, "availability"),
				one(params, "visibility"));
	}

	/**
	 * Codes typed into a text field, in the order typed.
	 * @param typed such as {@code "fy, ber"}
	 * @return the codes, without blanks
	 */
	static List<String> codes(@Nullable String typed) {
		if (typed == null) {
			return List.of();
		}
		return Arrays.stream(typed.split("[,;\\s]+")).filter((code) -> !code.isBlank()).toList();
	}

	public @Nullable String yearsIn(String field) {
		return this.years.get(field);
	}

	public @Nullable String noteIn(String field) {
		return this.notes.get(field);
	}

	public boolean hasQualification(String code) {
		return this.qualifications.contains(code);
	}

	public boolean speaks(String code) {
		return this.languages.contains(code);
	}

	public boolean isOrganisation(String id) {
		return id.equals(this.organisation);
	}

	public boolean isAvailableFor(String work) {
		return this.availability.contains(work);
	}

	public boolean isVisibility(String choice) {
		return choice.equals(this.visibility);
	}

	private static Map<String, String> byField(MultiValueMap<String, String> params, String prefix) {
		Map<String, String> values = new LinkedHashMap<>();
		params.forEach((name, typed) -> {
			String value = typed.isEmpty() ? null : CleanText.clean(typed.get(0));
			if (name.startsWith(prefix) && name.length() > prefix.length() && value != null) {
				values.put(name.substring(prefix.length()), value);
			}
		});
		return values;
	}

	private static List<String> all(MultiValueMap<String, String> params, String name) {
		List<String> values = params.getOrDefault(name, List.of());
		return values.stream().map(CleanText::clean).filter(Objects::nonNull).distinct().toList();
	}

	private static @Nullable String one(MultiValueMap<String, String> params, String name) {
		return CleanText.clean(params.getFirst(name));
	}

}
