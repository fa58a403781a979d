package org.kring.expertise.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;
import org.kring.expertise.ProfileVisibility;
import org.kring.system.search.SearchReaders;
import org.kring.system.search.SearchTexts;
import org.kring.system.search.Searchable;
import org.kring.system.search.SearchableBinder;

/**
 * An expert profile as the search over everything finds it: by its owner's name, its
 * biography and the notes on its fields, linking to the profile's page. Read only:
 * {@link ProfileStore} writes the profile's tables with SQL, which Hibernate Search does
 * not see, and re-indexes this entry itself.
 * <p>
 * A profile for everyone is found by everyone. Any other is found by coordinators (and
 * administrators) and its owner only: those who share a community with the owner may open
 * a profile for {@link ProfileVisibility#COMMUNITIES}, but no reader of the index stands
 * for them, so the search shows it to fewer people than the page, never to more.
 */
@Entity
@Immutable
@Table(name = "expertise_profile")
@Indexed(index = "expert")
@TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))
public class ProfileSearchEntry implements Searchable {

	private static final Comparator<@Nullable String> NOTES = Comparator.nullsLast(Comparator.naturalOrder());

	@Id
	@Column(name = "person_id")
	private UUID personId;

	@Column(name = "display_name", length = 80)
	private @Nullable String displayName;

	@Column(length = 2000)
	private @Nullable String biography;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProfileVisibility visibility;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "expertise_profile_field", joinColumns = @JoinColumn(name = "person_id"))
	private Set<Field> fields = new HashSet<>();

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "expertise_profile_language", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "language", nullable = false, length = 3)
	private Set<String> languages = new HashSet<>();

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "expertise_profile_country", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "country", nullable = false, length = 2)
	private Set<String> countries = new HashSet<>();

	@SuppressWarnings("NullAway.Init")
	protected ProfileSearchEntry() {
	}

	@Override
	public String searchType() {
		return "expert";
	}

	/**
	 * The owner's display name; empty only until a profile saved before it was kept is
	 * named.
	 */
	@Override
	public String searchTitle() {
		return Objects.requireNonNullElse(this.displayName, "");
	}

	@Override
	public @Nullable String searchSummary() {
		return this.biography;
	}

	@Override
	public @Nullable String searchBody() {
		return SearchTexts.join(this.fields.stream().map(Field::note).sorted(NOTES).toArray(String[]::new));
	}

	/**
	 * The language the expert works in when there is one; an entry holds one language, so
	 * an expert of several is left out of the language facet rather than put under one of
	 * them at random.
	 */
	@Override
	public @Nullable String searchLanguage() {
		return only(this.languages);
	}

	/** The country the expert works in when there is one, as with the language. */
	@Override
	public @Nullable String searchCountry() {
		return only(this.countries);
	}

	@Override
	public Set<String> searchReaders() {
		return (this.visibility == ProfileVisibility.EVERYONE) ? Set.of(SearchReaders.PUBLIC)
				: Set.of(SearchReaders.COORDINATORS, SearchReaders.person(this.personId));
	}

	@Override
	public Set<String> searchFields() {
		return this.fields.stream().map(Field::code).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public Instant searchDate() {
		return this.updatedAt;
	}

	private static @Nullable String only(Set<String> codes) {
		return (codes.size() == 1) ? codes.iterator().next() : null;
	}

	/** A field of the expert's, with their note on it. */
	@Embeddable
	static class Field {

		@Column(name = "field_code", nullable = false, length = 40)
		private String code;

		@Column(length = 300)
		private @Nullable String note;

		@SuppressWarnings("NullAway.Init")
		protected Field() {
		}

		String code() {
			return this.code;
		}

		@Nullable String note() {
			return this.note;
		}

		// Hibernate copies the elements for its snapshot and compares by equals: without
		// these, every read profile looks changed and its fields are written again.
		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Field field && this.code.equals(field.code)
					&& java.util.Objects.equals(this.note, field.note);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.code, this.note);
		}

	}

}
