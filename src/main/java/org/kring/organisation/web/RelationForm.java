package org.kring.organisation.web;

import org.jspecify.annotations.Nullable;

/**
 * The form that adds a relation from this organisation to another.
 *
 * @param target the other organisation's id
 * @param relationKind a relation kind's name
 * @param note what the relation is about
 */
public record RelationForm(@Nullable String target, @Nullable String relationKind, @Nullable String note) {

	static RelationForm empty() {
		return new RelationForm(null, null, null);
	}

	public boolean isTarget(String id) {
		return id.equals(this.target);
	}

	public boolean isKind(String kind) {
		return kind.equals(this.relationKind);
	}

}
