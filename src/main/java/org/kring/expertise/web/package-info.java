/**
 * The recruitment pages: a community's pipeline board
 * ({@code /communities/{slug}/recruitment}), nominating from the expert finder
 * ({@code /experts/nominations}) and the page an invitation mail links to
 * ({@code /recruitment/invitations/{token}}).
 */
@NullMarked
package org.kring.expertise.web;

import org.jspecify.annotations.NullMarked;
