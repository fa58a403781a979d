package org.kring.organisation.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Who says they belong to which organisation, by person id.
 */
interface Affiliations extends ListCrudRepository<Affiliation, UUID> {

}
