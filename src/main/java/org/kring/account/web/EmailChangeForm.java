package org.kring.account.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The profile's form to change the e-mail address.
 *
 * @param newEmail the new address, to be verified through a link sent to it
 * @param emailPassword the current password, for an account that has one
 */
public record EmailChangeForm(@NotBlank(message = "profile.email.required") @Nullable String newEmail,
		@Nullable String emailPassword) {

	static EmailChangeForm empty() {
		return new EmailChangeForm("", null);
	}

}
