package org.kring.organisation.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's word that they belong to an organisation; one organisation per person.
 */
@Entity
@Table(name = "organisation_affiliation")
class Affiliation {

	@Id
	@Column(name = "person_id")
	private UUID personId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "since", nullable = false)
	private Instant since;

	@SuppressWarnings("NullAway.Init")
	protected Affiliation() {
	}

	Affiliation(UUID personId, UUID organisationId, Instant since) {
		this.personId = personId;
		this.organisationId = organisationId;
		this.since = since;
	}

	UUID organisationId() {
		return this.organisationId;
	}

	void moveTo(UUID organisationId, Instant now) {
		if (!this.organisationId.equals(organisationId)) {
			this.organisationId = organisationId;
			this.since = now;
		}
	}

}
