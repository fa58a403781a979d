package org.kring.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.account.EmailAddresses;

/**
 * What a person types to sign up. The display name is kept on one line.
 *
 * @param displayName the name to show; a nickname is fine
 * @param email the address to verify
 * @param password the chosen password, never shown again
 */
public record SignUpForm(
		@NotBlank(message = "account.displayName.required") @Size(max = AccountManagement.DISPLAY_NAME_MAX_LENGTH,
				message = "account.displayName.long") @Nullable String displayName,
		@NotBlank(message = "account.email.required") @Size(max = EmailAddresses.MAX_LENGTH,
				message = "account.email.long") @Nullable String email,
		@Nullable String password) {

	public SignUpForm {
		displayName = AccountForms.oneLine(displayName);
		email = AccountForms.oneLine(email);
	}

	static SignUpForm empty() {
		return new SignUpForm("", "", null);
	}

	/**
	 * The form as it may be shown again: everything typed except the password.
	 * @return a copy without the password
	 */
	SignUpForm withoutPassword() {
		return new SignUpForm(this.displayName, this.email, null);
	}

}
