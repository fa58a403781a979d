/**
 * Good practices: collected with a template, evaluated by peer reviewers against
 * published criteria, compared across countries in a benchmark and gathered into a
 * handbook. This package is what other modules may use; {@code internal} holds the
 * practices, their workflow and evaluation, {@code web} the pages, feed and JSON API.
 */
@NullMarked
package org.kring.practice;

import org.jspecify.annotations.NullMarked;
