/**
 * The organisations themselves: their records, the rules for their addresses, countries
 * and websites, what changes them and what reads them for the pages.
 */
@NullMarked
package org.kring.organisation.internal;

import org.jspecify.annotations.NullMarked;
