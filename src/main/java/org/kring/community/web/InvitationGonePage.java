package org.kring.community.web;

/**
 * The page of an invitation link that no longer works: used, declined, revoked, expired
 * or never issued.
 *
 * @param status the HTTP status: 410 for a link that worked once, 404 for an unknown one
 */
public record InvitationGonePage(int status) {
}
