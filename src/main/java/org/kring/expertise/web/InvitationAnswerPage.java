package org.kring.expertise.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.system.web.FormErrors;

/**
 * What an invitation link shows while the candidate may answer: the community, the fields
 * and who invited, and accept (signed in, or after creating an account or logging in) or
 * decline.
 *
 * @param token the secret from the link, for the forms to send back
 * @param communityName the community's name
 * @param fields the fields' names
 * @param inviterName who invited
 * @param email the invited address
 * @param state what the reader can do
 * @param displayName the name typed in the sign-up form
 * @param errors the problems of the sign-up form
 * @param problem why the last step was refused, as a message key, or null
 */
public record InvitationAnswerPage(String token, String communityName, List<String> fields, String inviterName,
		String email, State state, @Nullable String displayName, FormErrors errors, @Nullable String problem) {

	public String path() {
		return RecruitmentInvitationController.PATH + this.token;
	}

	/**
	 * What the reader can do.
	 */
	public enum State {

		/** Signed in: accept or decline. */
		SIGNED_IN,

		/** Not signed in, the address has no account: create one and accept. */
		SIGN_UP,

		/** Not signed in, the address has an account: log in, then accept. */
		LOG_IN

	}

}
