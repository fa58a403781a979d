package org.kring.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;

/**
 * The profile's form to change the display name.
 *
 * @param displayName the new name; a nickname is fine
 */
public record DisplayNameForm(
		@NotBlank(message = "profile.displayName.required") @Size(max = AccountManagement.DISPLAY_NAME_MAX_LENGTH,
				message = "profile.displayName.long") @Nullable String displayName) {
}
