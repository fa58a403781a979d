package org.kring.account.web;

/**
 * The things a person can ask to be sent by e-mail, each with its form, the page that
 * says "check your mail" and the message keys of both.
 */
public enum EmailRequest {

	/** Signing up, which mails a verification link. */
	SIGN_UP("/signup", "account.signup"),

	/** A new verification link, when the first one was lost or expired. */
	VERIFY_AGAIN("/signup/resend", "account.resend"),

	/** A link to choose a new password. */
	FORGOT_PASSWORD("/password/forgot", "account.forgot"),

	/** A link that logs in once, instead of a password. */
	LOGIN_LINK("/login/link", "account.link");

	private final String action;

	private final String keyPrefix;

	EmailRequest(String action, String keyPrefix) {
		this.action = action;
		this.keyPrefix = keyPrefix;
	}

	/**
	 * Where the request's form is shown and posted.
	 * @return a local path
	 */
	public String action() {
		return this.action;
	}

	/**
	 * Where the person lands once the request is made.
	 * @return a local path
	 */
	public String sent() {
		return this.action + "/sent";
	}

	/**
	 * A message key of this request's pages.
	 * @param suffix such as {@code "title"}
	 * @return the full key, such as {@code "account.forgot.title"}
	 */
	public String key(String suffix) {
		return this.keyPrefix + "." + suffix;
	}

}
