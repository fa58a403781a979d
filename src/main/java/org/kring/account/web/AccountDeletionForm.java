package org.kring.account.web;

import org.jspecify.annotations.Nullable;

/**
 * The profile's form to delete the account.
 *
 * @param deletePassword the current password, for an account that has one
 * @param deleteConfirmation the confirmation word, for an account without a password
 */
public record AccountDeletionForm(@Nullable String deletePassword, @Nullable String deleteConfirmation) {

	static AccountDeletionForm empty() {
		return new AccountDeletionForm(null, "");
	}

}
