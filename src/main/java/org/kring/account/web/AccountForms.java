package org.kring.account.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.account.EmailAddresses;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Checks the account forms share, on top of their annotations.
 */
final class AccountForms {

	private AccountForms() {
	}

	/**
	 * Text from a one-line field: trimmed, with runs of white space (line breaks, tabs)
	 * made one space.
	 */
	static @Nullable String oneLine(@Nullable String text) {
		return (text != null) ? text.replaceAll("\\s+", " ").strip() : null;
	}

	/**
	 * Adds the problem of an address that is there and not too long but cannot be one.
	 */
	static void checkEmail(@Nullable String email, BindingResult result) {
		if (!result.hasFieldErrors("email") && email != null && !EmailAddresses.isPlausible(email)) {
			reject(result, "email", email, "account.email.invalid");
		}
	}

	/**
	 * Adds a problem to a field; the message key is the message, as {@code FormErrors}
	 * reads it.
	 */
	static void reject(BindingResult result, String field, @Nullable String value, String key) {
		result.addError(new FieldError(result.getObjectName(), field, value, false, new String[] { key }, null, key));
	}

	/**
	 * Answers a rejected form with 422 Unprocessable Content; the page shows it again.
	 */
	static void rejected(HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
	}

}
