package org.kring.community.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;
import org.kring.account.EmailAddresses;

/**
 * An invitation as a facilitator types it.
 *
 * @param email the address to invite
 * @param role the role offered: member, expert or observer
 */
public record InviteForm(@NotBlank(message = "membership.invite.email.required") @Size(max = EmailAddresses.MAX_LENGTH,
		message = "membership.invite.email.invalid") @Nullable String email, @Nullable CommunityRole role) {

	static final List<CommunityRole> ROLES = List.of(CommunityRole.MEMBER, CommunityRole.EXPERT,
			CommunityRole.OBSERVER);

	public InviteForm {
		email = (email != null) ? email.strip() : null;
	}

	static InviteForm empty() {
		return new InviteForm("", CommunityRole.MEMBER);
	}

	public boolean isChosen(CommunityRole candidate) {
		return candidate == ((this.role != null) ? this.role : CommunityRole.MEMBER);
	}

}
