/**
 * The administrators' pages of the expertise catalogues: the fields and qualifications
 * with their wording in every interface language, added, reworded, retired and brought
 * back, never deleted.
 */
@NullMarked
package org.kring.expertise.catalogue;

import org.jspecify.annotations.NullMarked;
