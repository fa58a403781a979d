package org.kring.expertise.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The finder's order: first the profiles that meet the most of the requested criteria,
 * then those with the most years of experience (in the requested fields, or in all their
 * fields when no field was asked for), then by name in the reader's language.
 * <p>
 * Names live in the account module, so the database orders by the first two keys only;
 * {@link #page} then reads names for just the profiles tied with those on the asked page
 * and places them, so a page needs one look-up of names whatever the number of profiles.
 */
final class Ranking {

	private Ranking() {
	}

	/**
	 * A profile that the finder found, with what places it.
	 *
	 * @param id its owner
	 * @param met how many of the requested criteria it meets
	 * @param years its years of experience as the finder counts them
	 */
	record Candidate(UUID id, int met, int years) {

		boolean tiedWith(Candidate other) {
			return this.met == other.met && this.years == other.years;
		}

	}

	/**
	 * The database's part of the order: most criteria met, then most years.
	 */
	static final Comparator<Candidate> BY_MERIT = Comparator.comparingInt(Candidate::met)
		.reversed()
		.thenComparing(Comparator.comparingInt(Candidate::years).reversed());

	/**
	 * The whole order.
	 * @param names the names of (at least) the candidates compared
	 * @param locale the reader's language, for the order of names
	 * @return most criteria met first, then most years, then names in that language's
	 * order, then ids so that the order is total
	 */
	static Comparator<Candidate> order(Map<UUID, String> names, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return BY_MERIT.thenComparing((candidate) -> names.getOrDefault(candidate.id(), ""), collator)
			.thenComparing(Candidate::id);
	}

	/**
	 * One page of candidates in the whole order.
	 * @param ranked every candidate, already in {@link #BY_MERIT} order
	 * @param from the index of the page's first candidate
	 * @param size how many a page holds
	 * @param namesOf reads the names of some people, called once at most
	 * @param locale the reader's language
	 * @return the candidates on the page with their names
	 */
	static Placed page(List<Candidate> ranked, int from, int size,
			Function<Collection<UUID>, Map<UUID, String>> namesOf, Locale locale) {
		if (from >= ranked.size() || size <= 0) {
			return new Placed(List.of(), Map.of());
		}
		int to = Math.min(ranked.size(), from + size);
		int start = from;
		while (start > 0 && ranked.get(start - 1).tiedWith(ranked.get(from))) {
			start--;
		}
		int end = to;
		while (end < ranked.size() && ranked.get(end).tiedWith(ranked.get(to - 1))) {
			end++;
		}
		List<Candidate> tied = new ArrayList<>(ranked.subList(start, end));
		Map<UUID, String> names = namesOf.apply(tied.stream().map(Candidate::id).toList());
		tied.sort(order(names, locale));
		return new Placed(List.copyOf(tied.subList(from - start, to - start)), names);
	}

	/**
	 * The candidates on a page.
	 *
	 * @param candidates in the whole order
	 * @param names the names read to place them, theirs included
	 */
	record Placed(List<Candidate> candidates, Map<UUID, String> names) {
	}

}
