package org.kring.expertise.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A new request as typed, not yet checked.
 *
 * @param kind a {@link RequestKind} name
 * @param title the title
 * @param question what is asked
 * @param link a link to what it is about, may be blank
 * @param community the id of the community it is for, may be blank
 * @param dueOn the due date as typed ({@code yyyy-MM-dd})
 * @param experts the ids of the experts asked, as sent
 */
public record RequestInput(@Nullable String kind, @Nullable String title, @Nullable String question,
		@Nullable String link, @Nullable String community, @Nullable String dueOn, List<String> experts) {

	/**
	 * Reads an id as sent.
	 * @param value the text
	 * @return the id, or null when it is blank or not an id
	 */
	public static @Nullable UUID uuid(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
