package org.kring.organisation.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.kring.organisation.RelationKind;

/**
 * How one organisation relates to another, read from source to target, with a note on
 * what it is about.
 */
@Entity
@Table(name = "organisation_relation")
public class OrganisationRelation {

	public static final int NOTE_MAX_LENGTH = 500;

	@Id
	private UUID id;

	@Column(name = "source_id", nullable = false)
	private UUID sourceId;

	@Column(name = "target_id", nullable = false)
	private UUID targetId;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 30)
	private RelationKind kind;

	@Column(name = "note", length = NOTE_MAX_LENGTH)
	private @Nullable String note;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@SuppressWarnings("NullAway.Init")
	protected OrganisationRelation() {
	}

	OrganisationRelation(UUID sourceId, UUID targetId, RelationKind kind, @Nullable String note, Instant now) {
		this.id = UUID.randomUUID();
		this.sourceId = sourceId;
		this.targetId = targetId;
		this.kind = kind;
		this.note = note;
		this.createdAt = now;
	}

	public UUID id() {
		return this.id;
	}

	boolean touches(UUID organisationId) {
		return this.sourceId.equals(organisationId) || this.targetId.equals(organisationId);
	}

}
