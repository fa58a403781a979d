package org.kring.practice.web;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.HandbookPractice;
import org.kring.practice.internal.TargetGroup;
import org.kring.system.i18n.Countries;

/**
 * A handbook of good practices, rendered from the same template as a PDF and as a preview
 * page: a cover with its title, the instance's name and the date, a table of contents,
 * and a section per practice with its description and evaluation.
 *
 * @param title the handbook's title
 * @param instanceName the name of the instance that made it
 * @param date the day it was made, written out in the reader's language
 * @param practices the practices, in the order chosen
 * @param fieldNames the fields' names in the reader's language, by code
 */
public record HandbookDocument(String title, String instanceName, String date, List<HandbookPractice> practices,
		Map<String, String> fieldNames) {

	/**
	 * The anchor of a practice's section, for the table of contents.
	 * @param index the practice's place, from 0
	 * @return such as {@code practice-1}
	 */
	public String anchor(int index) {
		return "practice-" + (index + 1);
	}

	public String country(HandbookPractice practice, Locale locale) {
		String country = practice.description().country();
		return (country != null) ? Countries.name(country, locale) : "";
	}

	public String fields(HandbookPractice practice) {
		return String.join(", ",
				practice.description()
					.fields()
					.stream()
					.map((code) -> this.fieldNames.getOrDefault(code, code))
					.sorted()
					.toList());
	}

	public List<TargetGroup> targetGroups(HandbookPractice practice) {
		return practice.description().targetGroups().stream().sorted().toList();
	}

	/**
	 * The message key of one of the default criteria's names.
	 * @param code the criterion's code
	 * @return such as {@code practicereview.criterion.relevance.name}
	 */
	public static String criterionKey(String code) {
		return "practicereview.criterion." + code + ".name";
	}

	public String languages(HandbookPractice practice, Locale locale) {
		return String.join(", ",
				practice.description()
					.languages()
					.stream()
					.map((code) -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
					.sorted()
					.toList());
	}

	/**
	 * A score as the reader writes numbers.
	 * @param score the score
	 * @param locale the reader's language
	 * @return with one decimal, such as "3.5"
	 */
	public static String score(double score, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(score);
	}

	/**
	 * The template's parts that hold running text, with their message keys, in the
	 * template's order.
	 * @param practice the practice
	 * @return the key and the text of each part that was filled in
	 */
	public List<Part> parts(HandbookPractice practice) {
		var description = practice.description();
		return Stream
			.concat(Stream.of(new Part(PracticeMessages.part("summary"), description.summary())),
					Arrays.stream(PracticePart.values()).map((part) -> new Part(part.labelKey(), part.of(description))))
			.filter((part) -> part.text() != null && !part.text().isBlank())
			.toList();
	}

	/**
	 * A part of the template with running text.
	 *
	 * @param key the message key of its heading
	 * @param text what the submitter wrote, or null
	 */
	public record Part(String key, @Nullable String text) {
	}

}
