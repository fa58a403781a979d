package org.kring.library.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A publication as a list shows it, in the reader's language when it was translated.
 *
 * @param id its id
 * @param kind what it is
 * @param language the language of the title shown
 * @param title the title
 * @param summary the summary
 * @param authors its authors
 * @param year the year it appeared
 * @param updatedAt when it last changed
 */
public record PublicationRow(UUID id, PublicationKind kind, String language, String title, @Nullable String summary,
		@Nullable String authors, @Nullable Integer year, Instant updatedAt) {

	public String path() {
		return "/publications/" + this.id;
	}

}
