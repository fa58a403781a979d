package org.kring.organisation;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How one organisation relates to another, read from source to target.
 */
public enum RelationKind {

	/** Both are partners in a project. */
	PROJECT_PARTNER(false),
	/** The source funds the target. */
	FUNDS(true),
	/** The source cooperates with the target. */
	COOPERATES_WITH(false),
	/** The source refers its clients to the target. */
	REFERS_CLIENTS_TO(true);

	private final boolean directed;

	RelationKind(boolean directed) {
		this.directed = directed;
	}

	/**
	 * Whether the relation reads only one way, so that a picture draws it as an arrow.
	 * @return true for funding and referrals
	 */
	public boolean directed() {
		return this.directed;
	}

	/**
	 * The kind a request names, in any case.
	 * @param name such as {@code FUNDS}
	 * @return the kind, or empty when the name is none of them
	 */
	public static Optional<RelationKind> parse(@Nullable String name) {
		return EnumNames.parse(values(), name);
	}

	/**
	 * The key of this kind's name in the message bundles.
	 * @return such as {@code organisation.relation.FUNDS}
	 */
	public String messageKey() {
		return "organisation.relation." + name();
	}

	/**
	 * The CSS class that draws this kind in the network picture.
	 * @return such as {@code rel-funds}
	 */
	public String cssClass() {
		return "rel-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
