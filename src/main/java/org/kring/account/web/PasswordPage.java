package org.kring.account.web;

import org.kring.system.web.FormErrors;

/**
 * The page on which a person chooses a new password through a link: after forgetting it
 * ({@code reset}) or as the first administrator ({@code set}).
 *
 * @param mode {@code reset} or {@code set}
 * @param token the secret of the link
 * @param errors the problem with the password typed, if any
 */
public record PasswordPage(String mode, String token, FormErrors errors) {

	/**
	 * Where the form is posted.
	 * @return a local path
	 */
	public String action() {
		return "/password/" + this.mode;
	}

	/**
	 * A message key of this page.
	 * @param suffix such as {@code "title"}
	 * @return the full key, such as {@code "account.password.reset.title"}
	 */
	public String key(String suffix) {
		return "account.password." + this.mode + "." + suffix;
	}

}
