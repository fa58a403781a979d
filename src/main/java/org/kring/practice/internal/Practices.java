package org.kring.practice.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The good practices.
 */
public interface Practices extends JpaRepository<Practice, UUID> {

}
