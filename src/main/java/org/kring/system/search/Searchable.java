package org.kring.system.search;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something the search over everything finds: a community, a meeting, a signal, a
 * practice, a publication… Each module's entity that should be found implements this and
 * is marked for indexing; the search module indexes what these methods answer, in every
 * language's analysis, and shows a result only to those {@link #searchReaders()} lets in.
 * The answers should depend on what the entity maps (its columns and associations), so
 * that saving the entity is enough to bring its index entry up to date; where a module
 * changes them with plain SQL, it re-indexes the entity itself (as the practice module
 * does when reviewers are assigned, and the expertise module for profiles).
 */
public interface Searchable {

	/**
	 * What kind of thing this is, for the type facet and the result's link.
	 * @return such as {@code practice}, {@code publication}, {@code meeting}
	 */
	String searchType();

	/** The title a result shows. */
	String searchTitle();

	/**
	 * Whether anyone at all finds it, for an entity routed by {@link SearchableRouting}:
	 * not a deleted thread, for instance, not even administrators.
	 * @return false to keep it out of the index
	 */
	default boolean searchIndexed() {
		return true;
	}

	/**
	 * Whether the search finds it by its title, as it does unless the title is another
	 * thing's shown with it (a post shows its thread's title, which finds the thread).
	 * @return false when the title is shown only
	 */
	default boolean searchTitleSearched() {
		return true;
	}

	/** A short description, shown under the title; null when there is none. */
	@Nullable String searchSummary();

	/** Longer text that is searched but not shown in full; null when there is none. */
	default @Nullable String searchBody() {
		return null;
	}

	/** The ISO 639 code of the language the text is written in; null when unknown. */
	default @Nullable String searchLanguage() {
		return null;
	}

	/** The community it belongs to, whose readers alone may find it; null for none. */
	default @Nullable UUID searchCommunity() {
		return null;
	}

	/**
	 * Who may find it, beside administrators, as {@link SearchReaders} tokens: everyone
	 * who reads its community (or everyone, without one), the community's members,
	 * coordinators, or named people.
	 * @return at least one token
	 */
	Set<String> searchReaders();

	/** The ISO 3166 alpha-2 code of the country it is about; null for none. */
	default @Nullable String searchCountry() {
		return null;
	}

	/** The codes of the expertise fields it is about; empty for none. */
	default Set<String> searchFields() {
		return Set.of();
	}

	/** The date it is known by (published, held, sent); null for none. */
	@Nullable Instant searchDate();

	/**
	 * The key its page's address uses when that is not its id, such as a community's
	 * slug.
	 * @return the key, or null when the address uses the id
	 */
	default @Nullable String searchKey() {
		return null;
	}

}
