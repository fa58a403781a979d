package org.kring.organisation.internal;

import java.util.UUID;

import org.kring.organisation.RelationKind;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The relations between organisations.
 */
interface OrganisationRelations extends JpaRepository<OrganisationRelation, UUID> {

	boolean existsBySourceIdAndTargetIdAndKind(UUID sourceId, UUID targetId, RelationKind kind);

}
