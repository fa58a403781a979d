package org.kring.organisation.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.RelationKind;

/**
 * A relation between two organisations, with the names of both.
 *
 * @param id the relation's id
 * @param kind what relation it is, read from source to target
 * @param note what it is about, if noted
 * @param source the organisation it reads from
 * @param target the organisation it reads to
 */
public record RelationRow(UUID id, RelationKind kind, @Nullable String note, End source, End target) {

	/**
	 * One end of a relation.
	 *
	 * @param id the organisation's id
	 * @param slug its address part
	 * @param name its name
	 */
	public record End(UUID id, String slug, String name) {

		public String path() {
			return "/organisations/" + this.slug;
		}

	}

}
