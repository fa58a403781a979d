package org.kring.account.web;

/**
 * The page of a valid login link: a button that logs in, so that a mail scanner that
 * follows the link does not use it up.
 *
 * @param token the secret of the link
 */
public record LoginLinkPage(String token) {
}
