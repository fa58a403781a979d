package org.kring.library.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The publications.
 */
public interface Publications extends JpaRepository<Publication, UUID> {

}
