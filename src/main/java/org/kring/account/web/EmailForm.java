package org.kring.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kring.account.EmailAddresses;

/**
 * A form that asks only for an e-mail address: to reset a password, to get a login link,
 * to get a new verification link.
 *
 * @param email the address as typed
 */
public record EmailForm(@NotBlank(message = "account.email.required") @Size(max = EmailAddresses.MAX_LENGTH,
		message = "account.email.long") @Nullable String email) {

	public EmailForm {
		email = AccountForms.oneLine(email);
	}

	static EmailForm empty() {
		return new EmailForm("");
	}

}
