package org.kring.organisation.web;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringPrincipal;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change organisations and their relations: administrators and coordinators.
 */
final class Editors {

	private Editors() {
	}

	static boolean mayEdit(@Nullable KringPrincipal me) {
		return me != null && (me.administrator() || me.coordinator());
	}

	static void check(@Nullable KringPrincipal me) {
		if (!mayEdit(me)) {
			throw new AccessDeniedException("Only administrators and coordinators change organisations");
		}
	}

	static KringPrincipal signedIn(@Nullable KringPrincipal me) {
		if (me == null) {
			throw new AccessDeniedException("Not signed in");
		}
		return me;
	}

}
