/**
 * What every module stands on: settings, security, web layer, languages, error pages and
 * mail; cross-cutting only, no business of its own.
 */
@NullMarked
package org.kring.system;

import org.jspecify.annotations.NullMarked;
