package org.kring.account.web;

import org.jspecify.annotations.Nullable;

/**
 * A new password chosen through a link.
 *
 * @param token the secret of the link, carried by the form
 * @param password the new password
 */
public record PasswordForm(@Nullable String token, @Nullable String password) {
}
