package org.kring.result.internal;

import org.jspecify.annotations.Nullable;

/**
 * The person at the authority a signal is mailed to, who acknowledges and answers it
 * through their personal link without an account.
 *
 * @param name their name or function
 * @param email their address
 * @param language the language of the mails, such as {@code nl}, or null for English
 */
public record Contact(String name, String email, @Nullable String language) {
}
