package org.kring.organisation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.search.SearchReaders;
import org.kring.system.search.Searchable;
import org.kring.system.search.SearchableBinder;

/**
 * A partner or stakeholder organisation: what it is, where it works and on which
 * expertise fields.
 */
@Entity
@Indexed(index = "organisation")
@TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))
@Table(name = "organisation")
public class Organisation implements Searchable {

	@Id
	private UUID id;

	@Column(name = "slug", nullable = false, length = Slugs.MAX_LENGTH)
	private String slug;

	@Column(name = "name", nullable = false, length = OrganisationDraft.NAME_MAX_LENGTH)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 40)
	private OrganisationKind kind;

	@Column(name = "country", nullable = false, length = 2)
	private String country;

	@Column(name = "region", length = OrganisationDraft.REGION_MAX_LENGTH)
	private @Nullable String region;

	@Column(name = "website", length = Websites.MAX_LENGTH)
	private @Nullable String website;

	@Column(name = "description", length = OrganisationDraft.DESCRIPTION_MAX_LENGTH)
	private @Nullable String description;

	@ElementCollection
	@CollectionTable(name = "organisation_field", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "field_code", length = 40)
	private Set<String> fields = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Organisation() {
	}

	Organisation(String slug, OrganisationDraft draft, Instant now) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.createdAt = now;
		apply(draft);
	}

	void change(String slug, OrganisationDraft draft) {
		this.slug = slug;
		apply(draft);
	}

	private void apply(OrganisationDraft draft) {
		this.name = draft.name();
		this.kind = draft.kind();
		this.country = draft.country();
		this.region = draft.region();
		this.website = draft.website();
		this.description = draft.description();
		replaceFields(draft.fields());
	}

	private void replaceFields(Collection<String> codes) {
		this.fields.retainAll(codes);
		this.fields.addAll(codes);
	}

	public UUID id() {
		return this.id;
	}

	public String slug() {
		return this.slug;
	}

	public String name() {
		return this.name;
	}

	public long version() {
		return this.version;
	}

	public OrganisationSummary summary() {
		return new OrganisationSummary(this.id, this.slug, this.name, this.kind, this.country);
	}

	@Override
	public String searchType() {
		return "organisation";
	}

	@Override
	public String searchTitle() {
		return this.name;
	}

	@Override
	public @Nullable String searchSummary() {
		return this.description;
	}

	@Override
	public @Nullable String searchBody() {
		return this.region;
	}

	@Override
	public Set<String> searchReaders() {
		return Set.of(SearchReaders.PUBLIC);
	}

	@Override
	public @Nullable String searchCountry() {
		return this.country;
	}

	@Override
	public Set<String> searchFields() {
		return Set.copyOf(this.fields);
	}

	@Override
	public @Nullable Instant searchDate() {
		return this.createdAt;
	}

	@Override
	public String searchKey() {
		return this.slug;
	}

}
