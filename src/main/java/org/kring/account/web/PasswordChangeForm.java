package org.kring.account.web;

import org.jspecify.annotations.Nullable;

/**
 * The profile's form to change the password.
 *
 * @param currentPassword the current password, for an account that has one
 * @param newPassword the new password
 */
public record PasswordChangeForm(@Nullable String currentPassword, @Nullable String newPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm(null, null);
	}

}
