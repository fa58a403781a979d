package org.kring.search.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.search.SearchHit;
import org.kring.search.SearchHit.SnippetPart;

/**
 * Turns what the index projects for a hit into a {@link SearchHit}. The highlighter marks
 * matching words with characters from Unicode's private use area that no text of ours
 * holds, so the snippet is split into plain parts, each escaped where shown, and the
 * marks never come from what someone wrote.
 */
final class Snippets {

	static final String MARK_START = "\uE000";

	static final String MARK_END = "\uE001";

	static final int FRAGMENT_SIZE = 160;

	private Snippets() {
	}

	/** The projections in the order {@code SearchQueries} lists them. */
	static SearchHit hit(List<?> values) {
		String summary = (String) values.get(4);
		String community = (String) values.get(5);
		return new SearchHit((String) values.get(1), String.valueOf(values.get(0)), (String) values.get(2),
				(String) values.get(3), snippet(values.subList(7, values.size()), summary),
				(community != null) ? UUID.fromString(community) : null, (Instant) values.get(6));
	}

	private static List<SnippetPart> snippet(List<?> highlights, @Nullable String summary) {
		for (Object highlight : highlights) {
			if (highlight instanceof List<?> fragments && !fragments.isEmpty()) {
				return parts(String.valueOf(fragments.get(0)));
			}
		}
		if (summary == null) {
			return List.of();
		}
		String plain = clean(summary);
		return List.of(new SnippetPart(
				(plain.length() > FRAGMENT_SIZE) ? plain.substring(0, FRAGMENT_SIZE) + "…" : plain, false));
	}

	static List<SnippetPart> parts(String marked) {
		List<SnippetPart> parts = new ArrayList<>();
		int at = 0;
		while (at < marked.length()) {
			int start = marked.indexOf(MARK_START, at);
			if (start < 0) {
				parts.add(new SnippetPart(clean(marked.substring(at)), false));
				break;
			}
			int end = marked.indexOf(MARK_END, start);
			if (end < 0) {
				end = marked.length();
			}
			if (start > at) {
				parts.add(new SnippetPart(clean(marked.substring(at, start)), false));
			}
			parts.add(new SnippetPart(clean(marked.substring(start + 1, end)), true));
			at = end + 1;
		}
		return parts.stream().filter((part) -> !part.text().isEmpty()).toList();
	}

	private static String clean(String text) {
		return text.replace(MARK_START, "").replace(MARK_END, "").replaceAll("\\s+", " ");
	}

}
