package org.kring.account.web;

import org.jspecify.annotations.Nullable;

/**
 * The login page.
 *
 * @param email the address typed before, if the last attempt failed
 * @param problem the message key of what went wrong, or null
 */
public record LoginPage(String email, @Nullable String problem) {
}
