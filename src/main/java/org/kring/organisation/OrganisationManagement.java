package org.kring.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.internal.OrganisationEditor;
import org.kring.organisation.internal.OrganisationInput;
import org.kring.organisation.internal.OrganisationQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation module's front door for other modules and for the demo data: which
 * organisations exist and which one a person says they belong to. Never returns null.
 */
@Service
public class OrganisationManagement {

	private final OrganisationQueries queries;

	private final OrganisationEditor editor;

	OrganisationManagement(OrganisationQueries queries, OrganisationEditor editor) {
		this.queries = queries;
		this.editor = editor;
	}

	/**
	 * Organisations by id, in one query, such as a community's partners.
	 * @param ids the organisations' ids
	 * @return those that exist, by name; unknown ids are left out
	 */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> summaries(Collection<UUID> ids) {
		return this.queries.summaries(ids);
	}

	/**
	 * Every organisation, by name, such as for choosing a community's partners.
	 * @return the organisations
	 */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> all() {
		return this.queries.summaries();
	}

	/**
	 * The organisations people say they belong to, in one query, such as for a members
	 * list.
	 * @param personIds the people
	 * @return each person's organisation; people who named none are left out
	 */
	@Transactional(readOnly = true)
	public Map<UUID, OrganisationSummary> affiliationsOf(Collection<UUID> personIds) {
		return this.queries.affiliationsOf(personIds);
	}

	/**
	 * Finds an organisation by its slug.
	 * @param slug the slug
	 * @return the organisation, or empty when none has this slug
	 */
	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> findBySlug(String slug) {
		return this.queries.detail(slug, null).map((detail) -> detail.organisation().summary());
	}

	/**
	 * Registers an organisation that the instance itself sets up (demo data).
	 * @param organisation its details; the slug is made from the name
	 * @return the new organisation
	 * @throws IllegalArgumentException when a detail is not acceptable
	 */
	@Transactional
	public OrganisationSummary register(NewOrganisation organisation) {
		OrganisationEditor.Saved saved = this.editor.create(new OrganisationInput(organisation.name(), null,
				organisation.kind().name(), organisation.country(), organisation.region(), organisation.website(),
				organisation.description(), List.copyOf(organisation.fields())));
		if (saved.organisation() == null) {
			throw new IllegalArgumentException("Not an acceptable organisation: " + saved.problems());
		}
		return saved.organisation().summary();
	}

	/**
	 * Records a relation from one organisation to another.
	 * @param source the organisation it reads from
	 * @param target the organisation it reads to
	 * @param kind the relation
	 * @param note what it is about, or null
	 * @throws IllegalArgumentException when the relation cannot be recorded (unknown
	 * organisation, itself, a duplicate)
	 */
	@Transactional
	public void relate(OrganisationSummary source, OrganisationSummary target, RelationKind kind,
			@Nullable String note) {
		Map<String, String> problems = this.editor.relate(source.slug(), target.id().toString(), kind.name(), note);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Not an acceptable relation: " + problems);
		}
	}

	/**
	 * Records that a person belongs to an organisation, instead of any other.
	 * @param personId the person
	 * @param organisationId the organisation
	 */
	public void affiliate(UUID personId, UUID organisationId) {
		this.editor.affiliate(personId, organisationId);
	}

}
