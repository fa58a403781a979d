/**
 * Fictional demo data for the embedded development default ({@code dev} profile) only:
 * loaded once, never in production.
 */
@NullMarked
package org.kring.demo;

import org.jspecify.annotations.NullMarked;
