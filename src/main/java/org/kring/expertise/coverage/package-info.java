/**
 * The coverage matrix of a community: which partner organisation has how many active
 * experts on which field, against the community's targets, as a page and as CSV.
 */
@NullMarked
package org.kring.expertise.coverage;

import org.jspecify.annotations.NullMarked;
