package org.kring.community.web;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;
import org.kring.system.web.FormErrors;

/**
 * What an invitation link shows: accept or decline for someone signed in, an account to
 * create for an address without one, a login for an address with one.
 *
 * @param token the secret from the link, for the forms to send back
 * @param communityName the community's name in the reader's language
 * @param role the role offered
 * @param email the invited address
 * @param expiresOn when the link stops working, as a date
 * @param state what the reader can do
 * @param form the sign-up form as typed
 * @param errors the problems with the sign-up form
 * @param problem why the last step was refused, if it was
 */
public record InvitationPage(String token, String communityName, CommunityRole role, String email, String expiresOn,
		State state, InvitationSignUpForm form, FormErrors errors, @Nullable Problem problem) {

	public String path() {
		return "/invitations/" + this.token;
	}

	/**
	 * What the reader of an invitation can do.
	 */
	public enum State {

		/** Signed in: accept or decline. */
		SIGNED_IN,

		/** Not signed in, the address has no account: create one. */
		SIGN_UP,

		/** Not signed in, the address has an account: log in first. */
		LOG_IN

	}

}
