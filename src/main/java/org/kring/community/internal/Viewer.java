package org.kring.community.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;
import org.kring.system.KringPrincipal;

/**
 * Who looks at one community: a visitor, or a signed-in person with their role in it, if
 * any.
 *
 * @param principal the signed-in person, or null for a visitor
 * @param role the person's role in the community, or null when they are not a member
 */
public record Viewer(@Nullable KringPrincipal principal, @Nullable CommunityRole role) {

	private static final Viewer VISITOR = new Viewer(null, null);

	public Viewer {
		if (principal == null && role != null) {
			throw new IllegalArgumentException("A visitor holds no role");
		}
	}

	public static Viewer visitor() {
		return VISITOR;
	}

	public boolean signedIn() {
		return this.principal != null;
	}

	public boolean administrator() {
		return this.principal != null && this.principal.administrator();
	}

	public boolean coordinator() {
		return this.principal != null && this.principal.coordinator();
	}

	public boolean member() {
		return this.role != null;
	}

	public boolean facilitator() {
		return this.role == CommunityRole.FACILITATOR;
	}

	/**
	 * Whether this viewer is a given person.
	 * @param personId a person's id
	 * @return true when the viewer is signed in as that person
	 */
	public boolean is(UUID personId) {
		return this.principal != null && this.principal.id().equals(personId);
	}

}
