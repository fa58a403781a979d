package org.kring.demo.bench;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Writes varied, fictional text from a {@link Vocabulary}: titles, sentences, places and
 * organisation names. Seeded, so that every bench instance holds the same knowledge and
 * figures from different runs compare.
 */
final class BenchTexts {

	/** The countries practices come from, each with a few of its cities. */
	static final Map<String, List<String>> CITIES = Map.of("BE", List.of("Gent", "Antwerpen", "Leuven", "Liège"), "NL",
			List.of("Utrecht", "Rotterdam", "Groningen", "Eindhoven"), "FR",
			List.of("Lille", "Lyon", "Nantes", "Marseille"), "DE", List.of("Köln", "Leipzig", "Bremen"), "IT",
			List.of("Bologna", "Torino", "Palermo"), "GR", List.of("Thessaloniki", "Patras"), "ES",
			List.of("Valencia", "Bilbao"), "SE", List.of("Malmö", "Uppsala"));

	private static final List<String> COUNTRIES = CITIES.keySet().stream().sorted().toList();

	/** Invented names, the same in every language. */
	private static final List<String> NAMES = List.of("Samenspraak", "Lichtpunt", "Kompas", "Horizon", "Brugwerk",
			"Ankerplaats", "Vonk", "Baken", "Passerelle", "Ponte", "Atlas", "Zonnewijzer");

	private final RandomGenerator random;

	BenchTexts(RandomGenerator random) {
		this.random = random;
	}

	Vocabulary language() {
		int roll = this.random.nextInt(100);
		String code = (roll < 30) ? "nl" : (roll < 65) ? "en" : (roll < 90) ? "fr" : "ar";
		return Vocabulary.BY_LANGUAGE.get(code);
	}

	String country() {
		return pick(COUNTRIES);
	}

	String city(String country) {
		return pick(CITIES.get(country));
	}

	String practiceTitle(Vocabulary words, String city) {
		return pick(words.activities()) + " " + pick(words.groups()) + " " + words.in() + " " + city;
	}

	String publicationTitle(Vocabulary words) {
		return pick(words.documents()) + " " + words.about() + " " + pick(words.topics());
	}

	String organisation(Vocabulary words, String city) {
		return pick(words.organisations()) + " " + pick(NAMES) + " " + city;
	}

	String sentences(Vocabulary words, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(pick(words.subjects()))
				.append(' ')
				.append(pick(words.verbs()))
				.append(' ')
				.append(pick(words.objects()))
				.append(' ')
				.append(pick(words.closers()))
				.append('.');
		}
		return text.toString();
	}

	int between(int low, int high) {
		return this.random.nextInt(low, high + 1);
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
