package org.kring.community.web;

import org.jspecify.annotations.Nullable;

/**
 * The account an invitee without one creates on the invitation's page; the address is the
 * invited one.
 *
 * @param displayName the name to show; a nickname is fine
 * @param password the chosen password, never shown again
 */
public record InvitationSignUpForm(@Nullable String displayName, @Nullable String password) {

	static InvitationSignUpForm empty() {
		return new InvitationSignUpForm("", null);
	}

	InvitationSignUpForm withoutPassword() {
		return new InvitationSignUpForm(this.displayName, null);
	}

}
