package org.kring.community.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityKind;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;
import org.kring.community.internal.Community;
import org.kring.community.internal.CommunityDescription;
import org.kring.community.internal.IsoCodes;
import org.kring.community.internal.Place;
import org.kring.community.internal.Slugs;
import org.kring.community.internal.Translation;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Checks a community form beyond its annotations and turns it into a description: every
 * problem becomes a message key next to its field, and nothing is saved unless there is
 * none.
 */
final class CommunityForms {

	static final int MAX_THEMES = 20;

	/**
	 * A two-letter code alone, or followed by white space or a separator and a region: a
	 * country's name such as "Belgium" must not read as BE and region "lgium".
	 */
	private static final Pattern PLACE = Pattern.compile("(\\p{L}{2})(?:(?:\\s*[:,\\-–]\\s*|\\s+)(.*))?");

	private CommunityForms() {
	}

	static @Nullable String oneLine(@Nullable String text) {
		return (text != null) ? text.replaceAll("\\s+", " ").strip() : null;
	}

	/**
	 * The description the form describes.
	 * @param form the form as typed
	 * @param result where problems go
	 * @return the description, or null when the form has a problem
	 */
	static @Nullable CommunityDescription describe(CommunityForm form, BindingResult result) {
		String slug = slug(form, result);
		CommunityKind kind = choice(CommunityKind.class, form.kind(), "kind", result);
		Visibility visibility = choice(Visibility.class, form.visibility(), "visibility", result);
		JoinPolicy joinPolicy = choice(JoinPolicy.class, form.joinPolicy(), "joinPolicy", result);
		String original = language(form.originalLanguage(), result);
		Set<String> themes = themes(form.themes(), result);
		Set<Place> places = places(form.places(), result);
		Set<String> languages = languages(form.languages(), result);
		Map<String, Translation> translations = translations(form, original, result);
		if (result.hasErrors() || slug == null || kind == null || visibility == null || joinPolicy == null
				|| original == null || form.name() == null || form.domain() == null || form.practice() == null) {
			return null;
		}
		return new CommunityDescription(slug, kind, visibility, joinPolicy, original, form.name(), form.domain(),
				form.practice(), themes, places, languages, translations);
	}

	private static @Nullable String slug(CommunityForm form, BindingResult result) {
		String typed = form.slug();
		if (typed != null && !typed.isBlank()) {
			String slug = typed.toLowerCase(Locale.ROOT);
			if (!Slugs.isValid(slug)) {
				reject(result, "slug", typed, "community.slug.invalid");
				return null;
			}
			return slug;
		}
		String name = form.name();
		if (name == null || name.isBlank()) {
			return null;
		}
		String made = Slugs.from(name);
		if (!Slugs.isValid(made)) {
			reject(result, "slug", typed, "community.slug.required");
			return null;
		}
		return made;
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String typed, String field,
			BindingResult result) {
		if (typed == null || typed.isBlank()) {
			reject(result, field, typed, "community." + field + ".required");
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(typed.strip()))
			.findFirst()
			.orElseGet(() -> {
				reject(result, field, typed, "community." + field + ".invalid");
				return null;
			});
	}

	private static @Nullable String language(@Nullable String typed, BindingResult result) {
		if (typed == null || !IsoCodes.isLanguage(typed.strip())) {
			reject(result, "originalLanguage", typed, "community.originalLanguage.invalid");
			return null;
		}
		return typed.strip().toLowerCase(Locale.ROOT);
	}

	private static Set<String> themes(@Nullable String typed, BindingResult result) {
		Set<String> themes = new LinkedHashSet<>();
		for (String theme : split(typed, ",")) {
			String clean = oneLine(theme).toLowerCase(Locale.ROOT);
			if (clean.length() > Community.THEME_MAX_LENGTH) {
				reject(result, "themes", typed, "community.themes.long");
				return Set.of();
			}
			themes.add(clean);
		}
		if (themes.size() > MAX_THEMES) {
			reject(result, "themes", typed, "community.themes.many");
		}
		return themes;
	}

	private static Set<Place> places(@Nullable String typed, BindingResult result) {
		Set<Place> places = new LinkedHashSet<>();
		for (String line : split(typed, "[\\n;]")) {
			Matcher matcher = PLACE.matcher(line);
			if (!matcher.matches() || !IsoCodes.isCountry(matcher.group(1))) {
				reject(result, "places", typed, "community.places.invalid");
				return Set.of();
			}
			String region = (matcher.group(2) != null) ? oneLine(matcher.group(2)) : "";
			if (region.length() > Place.REGION_MAX_LENGTH) {
				reject(result, "places", typed, "community.places.long");
				return Set.of();
			}
			places.add(new Place(matcher.group(1), region));
		}
		return places;
	}

	private static Set<String> languages(@Nullable String typed, BindingResult result) {
		Set<String> languages = new LinkedHashSet<>();
		for (String code : split(typed, "[,\\s]+")) {
			if (!IsoCodes.isLanguage(code)) {
				reject(result, "languages", typed, "community.languages.invalid");
				return Set.of();
			}
			languages.add(code.toLowerCase(Locale.ROOT));
		}
		return languages;
	}

	private static Map<String, Translation> translations(CommunityForm form, @Nullable String original,
			BindingResult result) {
		Map<String, Translation> translations = new HashMap<>();
		Map<String, TranslationForm> typed = (form.translations() != null) ? form.translations() : Map.of();
		typed.forEach((language, translationForm) -> {
			Translation translation = translationForm.translation();
			if (translation.isEmpty()) {
				return;
			}
			if (language.equals(original)) {
				reject(result, "translations[" + language + "].name", translationForm.name(),
						"community.translation.original");
				return;
			}
			translations.put(language, translation);
		});
		return translations;
	}

	private static String[] split(@Nullable String typed, String separator) {
		if (typed == null || typed.isBlank()) {
			return new String[0];
		}
		return Arrays.stream(typed.split(separator))
			.map(String::strip)
			.filter((part) -> !part.isEmpty())
			.toArray(String[]::new);
	}

	/**
	 * Adds a problem to a field; the message key is the message, as {@code FormErrors}
	 * reads it.
	 */
	static void reject(BindingResult result, String field, @Nullable String value, String key) {
		if (!result.hasFieldErrors(field)) {
			result
				.addError(new FieldError(result.getObjectName(), field, value, false, new String[] { key }, null, key));
		}
	}

}
