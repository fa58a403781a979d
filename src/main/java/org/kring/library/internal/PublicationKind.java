package org.kring.library.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a publication is. Essays, interviews and practical articles appear in the magazine
 * and are shown together as magazine articles.
 */
public enum PublicationKind {

	REPORT, GUIDELINE, METHODOLOGY_HANDBOOK, TRAINING_CURRICULUM, ESSAY, INTERVIEW, PRACTICAL_ARTICLE, FACTSHEET,
	TOOLKIT;

	/** The filter value that stands for the three magazine articles. */
	public static final String MAGAZINE_ARTICLE = "MAGAZINE_ARTICLE";

	private static final Set<PublicationKind> MAGAZINE = EnumSet.of(ESSAY, INTERVIEW, PRACTICAL_ARTICLE);

	/** Whether it appeared in the magazine. */
	public boolean magazineArticle() {
		return MAGAZINE.contains(this);
	}

	/** The message key of its name. */
	public String messageKey() {
		return "library.kind." + name().toLowerCase(Locale.ROOT);
	}

	/** The message key of the group a list shows it under. */
	public String groupKey() {
		return magazineArticle() ? "library.kind.magazine_article" : messageKey();
	}

	/**
	 * The choices a list filters on: every kind, the magazine articles as one.
	 * @return the filter values, in order
	 */
	public static List<String> filters() {
		return Arrays.stream(values())
			.map((kind) -> kind.magazineArticle() ? MAGAZINE_ARTICLE : kind.name())
			.distinct()
			.toList();
	}

	/**
	 * The kinds a filter value stands for.
	 * @param filter a kind's name or {@link #MAGAZINE_ARTICLE}
	 * @return the kinds, empty for an unknown value
	 */
	public static Set<PublicationKind> matching(@Nullable String filter) {
		if (filter == null) {
			return Set.of();
		}
		if (MAGAZINE_ARTICLE.equals(filter)) {
			return MAGAZINE;
		}
		return parse(filter).map(Set::of).orElse(Set.of());
	}

	/**
	 * A kind by its name.
	 * @param name the name, as a form or the API sends it
	 * @return the kind, or empty when there is none by that name
	 */
	public static java.util.Optional<PublicationKind> parse(@Nullable String name) {
		return Arrays.stream(values()).filter((kind) -> kind.name().equals(name)).findFirst();
	}

}
