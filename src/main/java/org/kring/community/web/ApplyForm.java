package org.kring.community.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kring.community.internal.MembershipApplication;

/**
 * An application to a community that admits members on approval.
 *
 * @param motivation why the person wants to join
 */
public record ApplyForm(
		@NotBlank(message = "membership.motivation.required") @Size(max = MembershipApplication.MOTIVATION_MAX_LENGTH,
				message = "membership.motivation.long") @Nullable String motivation) {

	static ApplyForm empty() {
		return new ApplyForm("");
	}

}
