package org.kring.system.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles, whichever exist: English (the base file) and Dutch complete,
 * French and Arabic complete for the layout, the home page, the error pages and the
 * account pages, and no translation with a key the base file lacks.
 */
class MessageBundlesTests {

	private static final Pattern FILE = Pattern.compile("([a-z]+)(?:_([a-z]{2}))?\\.properties");

	private static final Set<String> TRANSLATED_INTO_EVERY_LANGUAGE = Set.of("layout", "site", "errors", "account",
			"profile");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	private static final Pattern KEY_IN_TEMPLATE = Pattern
		.compile("(?:localize|text)\\(\"([A-Za-z0-9_.-]+)\"|(?:label|hint) = \"([A-Za-z0-9_.-]+)\"");

	/** Base name, then language ("" for the base file), then its messages. */
	private static final Map<String, Map<String, Properties>> bundles = new TreeMap<>();

	@BeforeAll
	static void readBundles() throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:messages/*.properties")) {
			Matcher name = FILE.matcher(resource.getFilename());
			assertThat(name.matches()).as("bundle file name %s", resource.getFilename()).isTrue();
			Properties messages = new Properties();
			messages.load(new StringReader(strictUtf8(resource.getContentAsByteArray(), resource.getFilename())));
			bundles.computeIfAbsent(name.group(1), (base) -> new TreeMap<>())
				.put((name.group(2) != null) ? name.group(2) : "", messages);
		}
		assertThat(bundles).containsKeys("layout", "site", "errors");
	}

	@Test
	void everyBundleHasAnEnglishBaseFile() {
		bundles.forEach((bundle, languages) -> assertThat(languages).as(bundle).containsKey(""));
	}

	@Test
	void everyBundleIsListedInTheMessageSource() throws IOException {
		Properties settings = new Properties();
		settings.load(new ClassPathResource("application.properties").getInputStream());
		List<String> listed = Arrays.stream(settings.getProperty("spring.messages.basename").split(","))
			.map(String::strip)
			.toList();
		assertThat(listed).containsAll(bundles.keySet().stream().map((bundle) -> "messages/" + bundle).toList());
	}

	@Test
	void dutchIsComplete() {
		bundles.forEach((bundle, languages) -> {
			assertThat(languages).as("%s_nl.properties exists", bundle).containsKey("nl");
			assertThat(missing(bundle, "nl")).as("keys of %s missing in Dutch", bundle).isEmpty();
		});
	}

	@Test
	void frenchAndArabicAreCompleteForLayoutHomeErrorAndAccountPages() {
		for (String bundle : bundles.keySet()) {
			if (TRANSLATED_INTO_EVERY_LANGUAGE.contains(bundle)) {
				for (String language : List.of("fr", "ar")) {
					assertThat(bundles.get(bundle)).as("%s_%s.properties exists", bundle, language)
						.containsKey(language);
					assertThat(missing(bundle, language)).as("keys of %s missing in %s", bundle, language).isEmpty();
				}
			}
		}
	}

	@Test
	void noTranslationHasAKeyTheEnglishBaseLacks() {
		bundles.forEach((bundle, languages) -> languages.forEach((language, messages) -> {
			Set<String> extra = new TreeSet<>(messages.stringPropertyNames());
			extra.removeAll(languages.get("").stringPropertyNames());
			assertThat(extra).as("keys of %s_%s not in %s.properties", bundle, language, bundle).isEmpty();
		}));
	}

	@Test
	void noMessageIsBlank() {
		bundles.forEach((bundle,
				languages) -> languages.forEach((language, messages) -> messages.stringPropertyNames()
					.forEach((key) -> assertThat(messages.getProperty(key)).as("%s in %s_%s", key, bundle, language)
						.isNotBlank())));
	}

	@Test
	void translationsTakeTheSameArgumentsAsEnglish() {
		bundles.forEach((bundle, languages) -> {
			Properties english = languages.get("");
			languages.forEach((language, messages) -> messages.stringPropertyNames()
				.forEach((key) -> assertThat(placeholders(messages.getProperty(key)))
					.as("arguments of %s in %s_%s", key, bundle, language)
					.isEqualTo(placeholders(english.getProperty(key, "")))));
		});
	}

	@Test
	void messagesWithArgumentsUseTypographicApostrophes() {
		// MessageFormat drops a lone straight apostrophe, jte's localize keeps it: only ’
		// reads the same through both.
		bundles.forEach((bundle,
				languages) -> languages.forEach((language, messages) -> messages.stringPropertyNames()
					.stream()
					.filter((key) -> !placeholders(messages.getProperty(key)).isEmpty())
					.forEach((key) -> assertThat(messages.getProperty(key)).as("%s in %s_%s", key, bundle, language)
						.doesNotContain("'"))));
	}

	@Test
	void everyKeyATemplateNamesIsInAnEnglishBaseFile() throws IOException {
		Set<String> known = bundles.values()
			.stream()
			.flatMap((languages) -> languages.get("").stringPropertyNames().stream())
			.collect(Collectors.toSet());
		List<String> unknown = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src", "main", "jte"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".jte")).toList()) {
				Matcher key = KEY_IN_TEMPLATE.matcher(Files.readString(template));
				while (key.find()) {
					String name = (key.group(1) != null) ? key.group(1) : key.group(2);
					if (!known.contains(name)) {
						unknown.add(template + ": " + name);
					}
				}
			}
		}
		assertThat(unknown).isEmpty();
	}

	private static Set<String> missing(String bundle, String language) {
		Set<String> missing = new TreeSet<>(bundles.get(bundle).get("").stringPropertyNames());
		missing.removeAll(bundles.get(bundle).get(language).stringPropertyNames());
		return missing;
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static String strictUtf8(byte[] bytes, String file) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new AssertionError(file + " is not valid UTF-8", ex);
		}
	}

}
