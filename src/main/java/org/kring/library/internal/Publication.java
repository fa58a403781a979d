package org.kring.library.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.kring.system.search.SearchTexts;
import org.kring.system.search.SearchableBinder;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.kring.system.search.SearchReaders;
import org.kring.system.search.Searchable;

/**
 * A publication in the language it was written in. Its versions, translations, files and
 * curriculum are kept beside it; what the search needs of them (the text of the newest
 * version's files) it keeps itself, so that saving it updates its search entry.
 */
@Entity
@Table(name = "library_publication")
@Indexed(index = "publication")
@TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))
public class Publication implements Searchable {

	/** The most text of files kept for the search. */
	static final int FILE_TEXT_MAX = 60000;

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private PublicationKind kind;

	@Column(nullable = false, length = 8)
	private String language;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(length = 4000)
	private @Nullable String summary;

	@Column(length = 1000)
	private @Nullable String authors;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "library_publication_organisation", joinColumns = @JoinColumn(name = "publication_id"))
	@Column(name = "organisation_id", nullable = false)
	private Set<UUID> organisations = new HashSet<>();

	@Column(name = "community_id")
	private @Nullable UUID communityId;

	@Column(length = 200)
	private @Nullable String project;

	@Column(name = "publication_year")
	private @Nullable Integer year;

	@Column(length = 60)
	private @Nullable String licence;

	@Column(name = "file_text", length = FILE_TEXT_MAX)
	private @Nullable String fileText;

	@Column(name = "created_by", nullable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Publication() {
		this.id = UUID.randomUUID();
		this.kind = PublicationKind.REPORT;
		this.language = "en";
		this.title = "";
		this.createdBy = this.id;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Publication(PublicationDraft draft, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.createdBy = createdBy;
		this.createdAt = now;
		this.kind = draft.kind();
		this.language = draft.language();
		this.title = draft.title();
		this.updatedAt = now;
		describe(draft, now);
	}

	/** Takes a changed description. */
	void describe(PublicationDraft draft, Instant now) {
		this.kind = draft.kind();
		this.language = draft.language();
		this.title = draft.title();
		this.summary = draft.summary();
		this.authors = draft.authors();
		this.organisations = new HashSet<>(draft.organisations());
		this.communityId = draft.communityId();
		this.project = draft.project();
		this.year = draft.year();
		this.licence = draft.licence();
		this.updatedAt = now;
	}

	/** Keeps the text of the newest version's files, for the search. */
	void fileText(@Nullable String text, Instant now) {
		this.fileText = (text != null && text.length() > FILE_TEXT_MAX) ? text.substring(0, FILE_TEXT_MAX) : text;
		this.updatedAt = now;
	}

	/** Forgets who created it, for their erasure. */
	void anonymiseCreator(UUID formerPerson) {
		this.createdBy = formerPerson;
	}

	public UUID id() {
		return this.id;
	}

	public PublicationKind kind() {
		return this.kind;
	}

	public String language() {
		return this.language;
	}

	public String title() {
		return this.title;
	}

	public @Nullable String summary() {
		return this.summary;
	}

	public @Nullable String authors() {
		return this.authors;
	}

	public Set<UUID> organisations() {
		return Set.copyOf(this.organisations);
	}

	public @Nullable UUID communityId() {
		return this.communityId;
	}

	public @Nullable String project() {
		return this.project;
	}

	public @Nullable Integer year() {
		return this.year;
	}

	public @Nullable String licence() {
		return this.licence;
	}

	public UUID createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return this.version;
	}

	@Override
	public String searchType() {
		return "publication";
	}

	@Override
	public String searchTitle() {
		return this.title;
	}

	@Override
	public @Nullable String searchSummary() {
		return this.summary;
	}

	@Override
	public @Nullable String searchBody() {
		return SearchTexts.join(this.authors, this.fileText);
	}

	@Override
	public @Nullable String searchLanguage() {
		return this.language;
	}

	@Override
	public @Nullable UUID searchCommunity() {
		return this.communityId;
	}

	/**
	 * Whoever reads its community, or everyone without one: the search checks the
	 * community.
	 */
	@Override
	public Set<String> searchReaders() {
		return Set.of(SearchReaders.PUBLIC);
	}

	@Override
	public @Nullable String searchCountry() {
		return null;
	}

	@Override
	public Set<String> searchFields() {
		return Set.of();
	}

	@Override
	public @Nullable Instant searchDate() {
		return this.createdAt;
	}

}
