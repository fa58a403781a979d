/**
 * The organisation pages, the stakeholder map, the CSV export and the JSON API.
 */
@NullMarked
package org.kring.organisation.web;

import org.jspecify.annotations.NullMarked;
