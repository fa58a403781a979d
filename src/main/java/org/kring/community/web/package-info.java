/**
 * The community pages ({@code /communities}, {@code /communities/{slug}}, starting and
 * editing one, the administrators' proposals), the membership pages (joining, applying,
 * invitations, the members list, its management and history) and the JSON API under
 * {@code /api/v1/communities}.
 */
@NullMarked
package org.kring.community.web;

import org.jspecify.annotations.NullMarked;
