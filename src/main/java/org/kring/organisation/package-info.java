/**
 * Organisations: partners and stakeholders, what they work on and where, how they relate
 * to each other, and the stakeholder map that shows it. This package is what other
 * modules may use: {@link org.kring.organisation.OrganisationManagement} and its records.
 * The sub-packages are the module's own: {@code internal} the organisations themselves,
 * {@code web} the pages, the CSV export and the JSON API.
 */
@NullMarked
package org.kring.organisation;

import org.jspecify.annotations.NullMarked;
