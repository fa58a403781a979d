package org.kring.search.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.search.SearchHit;
import org.kring.search.SearchHit.SnippetPart;
import org.kring.system.search.SearchFields;

/**
 * Makes one query's results from what the index projects for each hit: the passage of its
 * summary, else of its body, around the first word the query matched, with the matching
 * words marked. A word matches as the index matched it: the same after the analysis of
 * the hit's language or the plain one, or, in longer words, one typo apart. The texts
 * come from the index as typed, so marks never come from what someone wrote and each part
 * is escaped where shown.
 */
final class Snippets {

	static final int FRAGMENT_SIZE = 160;

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	/** How much of the text before the first match a passage shows, at most. */
	private static final int BEFORE_FIRST_MATCH = 40;

	private final TextAnalysers analysers;

	private final String query;

	private final Map<String, Set<String>> queryTerms = new HashMap<>();

	private final List<String> forgiving;

	Snippets(TextAnalysers analysers, String query) {
		this.analysers = analysers;
		this.query = query;
		this.forgiving = terms(SearchFields.PLAIN).stream()
			.filter((term) -> term.codePointCount(0, term.length()) >= SearchQueries.FUZZY_FROM_LENGTH)
			.toList();
	}

	/**
	 * A hit from its projections: id, type, key, title, summary, body, community, date
	 * and language, in that order.
	 * @param values the projected values
	 * @return the hit
	 */
	SearchHit hit(List<?> values) {
		String summary = (String) values.get(4);
		String community = (String) values.get(6);
		return new SearchHit((String) values.get(1), String.valueOf(values.get(0)), (String) values.get(2),
				(String) values.get(3), snippet((String) values.get(8), summary, (String) values.get(5)),
				(community != null) ? UUID.fromString(community) : null, (Instant) values.get(7));
	}

	List<SnippetPart> snippet(@Nullable String language, @Nullable String summary, @Nullable String body) {
		List<String> analysers = SearchFields.analysersFor(language);
		for (String text : new String[] { summary, body }) {
			if (text != null && !text.isBlank()) {
				List<Mark> marks = marks(text, analysers);
				if (!marks.isEmpty()) {
					return passage(text, marks);
				}
			}
		}
		return (summary != null) ? passage(summary, List.of()) : List.of();
	}

	private List<Mark> marks(String text, List<String> analysers) {
		List<Mark> found = new ArrayList<>();
		for (String analyser : analysers) {
			Set<String> terms = terms(analyser);
			boolean plain = SearchFields.PLAIN.equals(analyser);
			for (TextAnalysers.Token token : this.analysers.tokens(analyser, text)) {
				if (terms.contains(token.term()) || (plain && forgiven(token.term()))) {
					found.add(new Mark(token.start(), token.end()));
				}
			}
		}
		found.sort(Comparator.comparingInt(Mark::start));
		List<Mark> merged = new ArrayList<>();
		for (Mark mark : found) {
			Mark last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && mark.start() < last.end()) {
				merged.set(merged.size() - 1, new Mark(last.start(), Math.max(last.end(), mark.end())));
			}
			else {
				merged.add(mark);
			}
		}
		return merged;
	}

	private Set<String> terms(String analyser) {
		return this.queryTerms.computeIfAbsent(analyser,
				(name) -> this.analysers.tokens(name, this.query)
					.stream()
					.map(TextAnalysers.Token::term)
					.collect(Collectors.toSet()));
	}

	private boolean forgiven(String term) {
		if (term.codePointCount(0, term.length()) < SearchQueries.FUZZY_FROM_LENGTH) {
			return false;
		}
		for (String word : this.forgiving) {
			if (word.charAt(0) == term.charAt(0) && Typos.oneApart(word, term)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The passage of a text around its first mark, cut at spaces, with the marks in it.
	 */
	private static List<SnippetPart> passage(String text, List<Mark> marks) {
		int from = 0;
		int to = text.length();
		if (text.length() > FRAGMENT_SIZE) {
			if (!marks.isEmpty()) {
				from = Math.max(0, marks.get(0).start() - BEFORE_FIRST_MATCH);
				while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
					from--;
				}
			}
			to = Math.min(text.length(), from + FRAGMENT_SIZE);
			int atLeast = marks.isEmpty() ? from : Math.min(to, marks.get(0).end());
			while (to < text.length() && to > atLeast && !Character.isWhitespace(text.charAt(to))) {
				to--;
			}
		}
		List<SnippetPart> parts = new ArrayList<>();
		StringBuilder plain = new StringBuilder((from > 0) ? "…" : "");
		int at = from;
		for (Mark mark : marks) {
			if (mark.start() < from || mark.end() > to) {
				continue;
			}
			plain.append(text, at, mark.start());
			add(parts, plain.toString(), false);
			plain.setLength(0);
			add(parts, text.substring(mark.start(), mark.end()), true);
			at = mark.end();
		}
		plain.append(text, at, to).append((to < text.length()) ? "…" : "");
		add(parts, plain.toString(), false);
		return parts;
	}

	private static void add(List<SnippetPart> parts, String text, boolean marked) {
		String clean = WHITE_SPACE.matcher(text).replaceAll(" ");
		if (!clean.isEmpty()) {
			parts.add(new SnippetPart(clean, marked));
		}
	}

	/** Where a matching word stands in a text. */
	private record Mark(int start, int end) {
	}

}
