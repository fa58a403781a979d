package org.kring.organisation.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldVocabulary;
import org.kring.organisation.RelationKind;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates and changes organisations and their relations, and records who says they belong
 * to one. Who may do so is for the caller to check.
 */
@Service
public class OrganisationEditor {

	/** The key under which a problem with the whole form is kept. */
	public static final String FORM = "_form";

	/** The message key of an edit that crossed someone else's. */
	public static final String CHANGED = "organisation.changed";

	private final Organisations organisations;

	private final OrganisationRelations relations;

	private final Affiliations affiliations;

	private final FieldVocabulary expertise;

	private final Clock clock;

	private final TransactionTemplate transactions;

	OrganisationEditor(Organisations organisations, OrganisationRelations relations, Affiliations affiliations,
			FieldVocabulary expertise, Clock clock, TransactionTemplate transactions) {
		this.organisations = organisations;
		this.relations = relations;
		this.affiliations = affiliations;
		this.expertise = expertise;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Creates an organisation; its slug is the chosen one, or made from its name and
	 * numbered when that is taken.
	 * @param input what was typed
	 * @return the new organisation, or the problems by field name
	 */
	@Transactional
	public Saved create(OrganisationInput input) {
		OrganisationInput.Checked checked = input.check(this.expertise);
		OrganisationDraft draft = checked.draft();
		if (draft == null) {
			return Saved.rejected(checked.problems());
		}
		String slug = checked.slug();
		if (slug == null) {
			slug = freeSlug(Slugs.fromName(draft.name()));
		}
		else if (this.organisations.existsBySlug(slug)) {
			return Saved.rejected(Map.of("slug", "organisation.slug.taken"));
		}
		Organisation organisation = new Organisation(slug, draft, this.clock.instant());
		return Saved.of(this.organisations.saveAndFlush(organisation));
	}

	/**
	 * Changes an organisation, unless someone else changed it since the form was shown.
	 * @param slug the organisation's current slug
	 * @param version the version the form was shown with
	 * @param input what was typed; a blank slug keeps the current one
	 * @return the changed organisation, or the problems by field name
	 * @throws java.util.NoSuchElementException when no organisation has this slug
	 */
	@Transactional
	public Saved update(String slug, long version, OrganisationInput input) {
		Organisation organisation = this.organisations.findBySlug(slug).orElseThrow();
		OrganisationInput.Checked checked = input.check(this.expertise);
		OrganisationDraft draft = checked.draft();
		if (draft == null) {
			return Saved.rejected(checked.problems());
		}
		if (organisation.version() != version) {
			return Saved.rejected(Map.of(FORM, CHANGED));
		}
		String newSlug = (checked.slug() != null) ? checked.slug() : slug;
		if (!newSlug.equals(slug) && this.organisations.existsBySlug(newSlug)) {
			return Saved.rejected(Map.of("slug", "organisation.slug.taken"));
		}
		organisation.change(newSlug, draft);
		return Saved.of(this.organisations.saveAndFlush(organisation));
	}

	/**
	 * Records a relation from one organisation to another.
	 * @param sourceSlug the organisation the relation reads from
	 * @param targetId the organisation it reads to
	 * @param kind the name of a {@link RelationKind}
	 * @param note what it is about, optional
	 * @return the problems by field name; empty when the relation was recorded
	 * @throws java.util.NoSuchElementException when no organisation has the slug
	 */
	@Transactional
	public Map<String, String> relate(String sourceSlug, @Nullable String targetId, @Nullable String kind,
			@Nullable String note) {
		Organisation source = this.organisations.findBySlug(sourceSlug).orElseThrow();
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<Organisation> target = parse(targetId).flatMap(this.organisations::findById);
		if (target.isEmpty()) {
			problems.put("target", "organisation.relation.target.unknown");
		}
		else if (target.get().id().equals(source.id())) {
			problems.put("target", "organisation.relation.target.self");
		}
		Optional<RelationKind> relationKind = RelationKind.parse(kind);
		if (relationKind.isEmpty()) {
			problems.put("relationKind", "organisation.relation.kind.unknown");
		}
		String checkedNote = (note == null || note.isBlank()) ? null : note.strip();
		if (checkedNote != null && checkedNote.length() > OrganisationRelation.NOTE_MAX_LENGTH) {
			problems.put("note", "organisation.relation.note.long");
		}
		if (!problems.isEmpty() || target.isEmpty() || relationKind.isEmpty()) {
			return problems;
		}
		if (this.relations.existsBySourceIdAndTargetIdAndKind(source.id(), target.get().id(), relationKind.get())) {
			return Map.of("target", "organisation.relation.duplicate");
		}
		this.relations.saveAndFlush(new OrganisationRelation(source.id(), target.get().id(), relationKind.get(),
				checkedNote, this.clock.instant()));
		return Map.of();
	}

	/**
	 * Removes a relation of an organisation, in either direction.
	 * @param slug the organisation
	 * @param relationId the relation
	 * @return whether there was such a relation
	 */
	@Transactional
	public boolean unrelate(String slug, UUID relationId) {
		Optional<Organisation> organisation = this.organisations.findBySlug(slug);
		Optional<OrganisationRelation> relation = this.relations.findById(relationId);
		if (organisation.isEmpty() || relation.isEmpty() || !relation.get().touches(organisation.get().id())) {
			return false;
		}
		this.relations.delete(relation.get());
		return true;
	}

	/**
	 * Records that a person belongs to an organisation, instead of any other. Two first
	 * clicks at once both find no record and both add one; the one that loses is tried
	 * again and then changes the record the other added. That takes a transaction of its
	 * own, so call it outside one, as the page does.
	 * @param personId the person
	 * @param organisationId the organisation
	 */
	public void affiliate(UUID personId, UUID organisationId) {
		try {
			this.transactions.executeWithoutResult((status) -> record(personId, organisationId));
		}
		catch (DataIntegrityViolationException ex) {
			this.transactions.executeWithoutResult((status) -> record(personId, organisationId));
		}
	}

	private void record(UUID personId, UUID organisationId) {
		Optional<Affiliation> current = this.affiliations.findById(personId);
		if (current.isPresent()) {
			current.get().moveTo(organisationId, this.clock.instant());
		}
		else {
			this.affiliations.save(new Affiliation(personId, organisationId, this.clock.instant()));
		}
	}

	/**
	 * Forgets that a person belongs to an organisation.
	 * @param personId the person
	 * @param organisationId the organisation they leave; nothing happens when they belong
	 * to another
	 */
	@Transactional
	public void leave(UUID personId, UUID organisationId) {
		this.affiliations.findById(personId)
			.filter((affiliation) -> affiliation.organisationId().equals(organisationId))
			.ifPresent(this.affiliations::delete);
	}

	private String freeSlug(String wanted) {
		String slug = wanted;
		for (int number = 2; this.organisations.existsBySlug(slug); number++) {
			slug = Slugs.numbered(wanted, number);
		}
		return slug;
	}

	private static Optional<UUID> parse(@Nullable String id) {
		try {
			return (id == null) ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * What saving an organisation came to.
	 *
	 * @param organisation the saved organisation, or null when it was rejected
	 * @param problems message keys by field name; empty when it was saved
	 */
	public record Saved(@Nullable Organisation organisation, Map<String, String> problems) {

		static Saved of(Organisation organisation) {
			return new Saved(organisation, Map.of());
		}

		static Saved rejected(Map<String, String> problems) {
			return new Saved(null, problems);
		}

	}

}
