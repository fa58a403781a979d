/**
 * Expertise fields: the areas of work (social protection, health care, labour market,
 * education, housing and income) that experts, organisations and content are tagged with,
 * and the qualifications experts may have. This package is what other modules may use:
 * {@link ExpertiseFields} and {@link Qualifications}.
 */
@NullMarked
package org.kring.expertise;

import org.jspecify.annotations.NullMarked;
