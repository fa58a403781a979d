package org.kring.expertise.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.Availability;
import org.kring.expertise.ExpertProfile;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.FieldExperience;
import org.kring.expertise.ProfileVisibility;
import org.kring.expertise.Qualifications;
import org.kring.system.i18n.Countries;
import org.kring.system.i18n.LanguageCodes;
import org.kring.organisation.OrganisationSummary;

import org.springframework.stereotype.Component;

/**
 * Turns the expert profile form as typed into a profile, or into the problems to show
 * next to each field: an unknown field, qualification, language, country, organisation or
 * kind of work, years that are no whole number from 0 to 70, a note or biography too
 * long, no choice of who may see the profile.
 */
@Component
class ProfileFormCheck {

	static final String FIELDS = "fields";

	private final ExpertiseFields fields;

	private final Qualifications qualifications;

	ProfileFormCheck(ExpertiseFields fields, Qualifications qualifications) {
		this.fields = fields;
		this.qualifications = qualifications;
	}

	/**
	 * Checks a form.
	 * @param personId whose profile it is
	 * @param form the form as typed
	 * @param organisations the organisations one may choose
	 * @return the profile, or the problems by field name
	 */
	Checked check(UUID personId, ExpertProfileForm form, List<OrganisationSummary> organisations) {
		Map<String, String> problems = new LinkedHashMap<>();
		List<FieldExperience> experience = experience(form, problems);
		if (!form.qualifications().stream().allMatch(this.qualifications::exists)) {
			problems.put("qualifications", "expertprofile.qualifications.unknown");
		}
		Set<String> languages = new LinkedHashSet<>();
		List<String> typedLanguages = new ArrayList<>(form.languages());
		typedLanguages.addAll(ExpertProfileForm.codes(form.otherLanguages()));
		for (String typed : typedLanguages) {
			String code = LanguageCodes.normalize(typed);
			if (code == null) {
				problems.putIfAbsent("otherLanguages", "expertprofile.languages.unknown");
			}
			else {
				languages.add(code);
			}
		}
		Set<String> countries = new LinkedHashSet<>();
		for (String typed : ExpertProfileForm.codes(form.countries())) {
			String code = Countries.normalize(typed);
			if (code == null) {
				problems.putIfAbsent("countries", "expertprofile.countries.unknown");
			}
			else {
				countries.add(code);
			}
		}
		UUID organisation = organisation(form.organisation(), organisations, problems);
		String biography = blankAsNull(form.biography());
		if (biography != null && biography.length() > ExpertProfile.MAX_BIOGRAPHY_LENGTH) {
			problems.put("biography", "expertprofile.biography.tooLong");
		}
		Set<Availability> availability = EnumSet.noneOf(Availability.class);
		for (String work : form.availability()) {
			Availability kind = valueOf(Availability.class, work);
			if (kind == null) {
				problems.putIfAbsent("availability", "expertprofile.availability.unknown");
			}
			else {
				availability.add(kind);
			}
		}
		ProfileVisibility visibility = valueOf(ProfileVisibility.class, form.visibility());
		if (visibility == null) {
			problems.put("visibility", "expertprofile.visibility.required");
		}
		if (!problems.isEmpty() || visibility == null) {
			return new Checked(null, problems);
		}
		return new Checked(new ExpertProfile(personId, organisation, biography, visibility, experience,
				form.qualifications().stream().sorted().toList(), languages.stream().sorted().toList(),
				countries.stream().sorted().toList(), availability), Map.of());
	}

	private List<FieldExperience> experience(ExpertProfileForm form, Map<String, String> problems) {
		Set<String> named = new LinkedHashSet<>(form.years().keySet());
		named.addAll(form.notes().keySet());
		List<FieldExperience> experience = new ArrayList<>();
		for (String field : named) {
			String years = blankAsNull(form.yearsIn(field));
			String note = blankAsNull(form.noteIn(field));
			if (!this.fields.exists(field)) {
				if (years != null || note != null) {
					problems.putIfAbsent(FIELDS, "expertprofile.fields.unknown");
				}
				continue;
			}
			if (years == null && note == null) {
				continue;
			}
			Integer parsed = years(years);
			if (parsed == null) {
				problems.put(ExpertProfileForm.YEARS + field, "expertprofile.years.invalid");
			}
			if (note != null && note.length() > FieldExperience.MAX_NOTE_LENGTH) {
				problems.put(ExpertProfileForm.NOTE + field, "expertprofile.note.tooLong");
			}
			if (parsed != null) {
				experience.add(new FieldExperience(field, parsed, note));
			}
		}
		experience.sort((one, other) -> Integer.compare(other.years(), one.years()));
		return experience;
	}

	private static @Nullable Integer years(@Nullable String typed) {
		if (typed == null || !typed.matches("\\d{1,2}")) {
			return null;
		}
		int years = Integer.parseInt(typed);
		return (years <= FieldExperience.MAX_YEARS) ? years : null;
	}

	private static @Nullable UUID organisation(@Nullable String typed, List<OrganisationSummary> organisations,
			Map<String, String> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		UUID chosen = organisations.stream()
			.map(OrganisationSummary::id)
			.filter((id) -> id.toString().equals(typed.strip()))
			.findFirst()
			.orElse(null);
		if (chosen == null) {
			problems.put("organisation", "expertprofile.organisation.unknown");
		}
		return chosen;
	}

	private static <E extends Enum<E>> @Nullable E valueOf(Class<E> type, @Nullable String name) {
		return Arrays.stream(type.getEnumConstants())
			.filter((value) -> value.name().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static @Nullable String blankAsNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * What a check found.
	 *
	 * @param profile the profile to save, or null when there are problems
	 * @param problems message keys by field name, empty when the profile may be saved
	 */
	record Checked(@Nullable ExpertProfile profile, Map<String, String> problems) {
	}

}
