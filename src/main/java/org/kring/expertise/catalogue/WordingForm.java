package org.kring.expertise.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.internal.CatalogueAdministration;
import org.kring.expertise.internal.CatalogueEntry;
import org.kring.expertise.internal.Wording;
import org.kring.system.web.CleanText;

/**
 * The wording of one field or qualification in every interface language, as typed: a
 * name, a description and, for fields, examples one a line. English is required, the
 * other languages optional; the inputs are named {@code name-nl}, {@code description-nl},
 * {@code examples-nl} and so on.
 */
public final class WordingForm {

	/** English first: every entry has an English name, the others fall back to it. */
	static final List<String> LANGUAGES = List.of("en", "nl", "fr", "ar");

	private final Map<String, Typed> byLanguage;

	private WordingForm(Map<String, Typed> byLanguage) {
		this.byLanguage = byLanguage;
	}

	static WordingForm blank() {
		return from(Map.of());
	}

	static WordingForm from(Map<String, String> parameters) {
		Map<String, Typed> typed = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			typed.put(language, new Typed(typed(parameters, "name-" + language),
					typed(parameters, "description-" + language), typed(parameters, "examples-" + language)));
		}
		return new WordingForm(typed);
	}

	static WordingForm of(CatalogueEntry entry) {
		Map<String, Typed> typed = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			Wording wording = entry.in(language);
			typed.put(language,
					(wording == null) ? new Typed("", "", "")
							: new Typed(wording.name(), (wording.description() != null) ? wording.description() : "",
									String.join("\n", wording.examples())));
		}
		return new WordingForm(typed);
	}

	/**
	 * What was typed in one language.
	 * @param language a language tag such as {@code nl}
	 * @return the texts, empty strings where nothing was typed
	 */
	public Typed in(String language) {
		return this.byLanguage.get(language);
	}

	/**
	 * What is wrong with the form.
	 * @param stored the entry as stored, null for a new one
	 * @param others the other entries of the same catalogue, whose names must differ
	 * @return message keys by input name, empty when the form is fine
	 */
	Map<String, String> problems(@Nullable CatalogueEntry stored, List<CatalogueEntry> others) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			Typed typed = in(language);
			String name = "name-" + language;
			if (typed.name().isBlank()) {
				if ("en".equals(language)) {
					problems.put(name, "catalogue.name.required");
				}
				else if (stored != null && stored.in(language) != null) {
					problems.put(name, "catalogue.name.keep");
				}
				else if (!typed.description().isBlank() || !examples(typed).isEmpty()) {
					problems.put(name, "catalogue.name.missing");
				}
			}
			else if (typed.name().strip().length() > CatalogueAdministration.NAME_LENGTH) {
				problems.put(name, "catalogue.name.long");
			}
			else if (others.stream().anyMatch((other) -> sameName(other.in(language), typed.name()))) {
				problems.put(name, "catalogue.name.taken");
			}
			if (typed.description().strip().length() > CatalogueAdministration.DESCRIPTION_LENGTH) {
				problems.put("description-" + language, "catalogue.description.long");
			}
			if (String.join("\n", examples(typed)).length() > CatalogueAdministration.EXAMPLES_LENGTH) {
				problems.put("examples-" + language, "catalogue.examples.long");
			}
		}
		return problems;
	}

	/**
	 * The wording typed in one language.
	 * @param language a language tag
	 * @param withExamples whether the catalogue has examples
	 * @return the wording, or null when no name was typed there
	 */
	@Nullable Wording wording(String language, boolean withExamples) {
		Typed typed = in(language);
		if (typed.name().isBlank()) {
			return null;
		}
		return new Wording(typed.name().strip(), typed.description().isBlank() ? null : typed.description().strip(),
				withExamples ? examples(typed) : List.of());
	}

	private static List<String> examples(Typed typed) {
		return typed.examples().lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private static boolean sameName(@Nullable Wording other, String name) {
		return other != null
				&& other.name().strip().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT));
	}

	private static String typed(Map<String, String> parameters, String name) {
		String value = CleanText.clean(parameters.get(name));
		return (value != null) ? value : "";
	}

	/**
	 * What was typed in one language.
	 *
	 * @param name the name
	 * @param description the description
	 * @param examples the examples, one a line
	 */
	public record Typed(String name, String description, String examples) {
	}

}
