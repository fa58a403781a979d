/**
 * The community pages ({@code /communities}, {@code /communities/{slug}}, creating and
 * editing one, the administrators' proposals) and the JSON API under
 * {@code /api/v1/communities}.
 */
@NullMarked
package org.kring.community.web;

import org.jspecify.annotations.NullMarked;
