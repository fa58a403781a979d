package org.kring.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One thing found, as the index keeps it: what a result shows without loading the thing.
 *
 * @param type its kind, such as {@code practice}
 * @param id its id
 * @param key the key its address uses when not the id (a slug), or null
 * @param title its title
 * @param snippet the passage that matched, its matching words marked; the summary's start
 * when no passage is marked
 * @param community the community it belongs to, or null
 * @param date the date it is known by, or null
 */
public record SearchHit(String type, String id, @Nullable String key, String title, List<SnippetPart> snippet,
		@Nullable UUID community, @Nullable Instant date) {

	/**
	 * A piece of a snippet: plain text, escaped where shown, marked when it matched.
	 *
	 * @param text the text
	 * @param marked whether it is a matching word
	 */
	public record SnippetPart(String text, boolean marked) {
	}

}
