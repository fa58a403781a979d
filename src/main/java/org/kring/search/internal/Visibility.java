package org.kring.search.internal;

import java.util.UUID;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.kring.system.search.SearchFields;
import org.kring.system.search.SearchReaders;

/**
 * Which index entries someone finds. Administrators find all. Anyone else finds an entry
 * when it belongs to no community or to one whose content they read, and its readers let
 * them in: everyone, the community's members when they are one, coordinators when they
 * are one, or them by name.
 */
final class Visibility {

	/** Never a community: stands for "none" where a list must not be empty. */
	private static final String NONE = new UUID(0, 0).toString();

	private Visibility() {
	}

	static SearchPredicate filter(SearchPredicateFactory f, Searcher searcher) {
		if (searcher.administrator()) {
			return f.matchAll().toPredicate();
		}
		var inCommunity = f.bool()
			.should(f.not(f.exists().field(SearchFields.COMMUNITY)))
			.should(f.terms().field(SearchFields.COMMUNITY).matchingAny(orNone(searcher.readable())));
		var readers = f.bool()
			.should(f.match().field(SearchFields.READERS).matching(SearchReaders.PUBLIC))
			.should(f.bool()
				.must(f.match().field(SearchFields.READERS).matching(SearchReaders.MEMBERS))
				.must(f.terms().field(SearchFields.COMMUNITY).matchingAny(orNone(searcher.memberOf()))));
		if (searcher.coordinator()) {
			readers.should(f.match().field(SearchFields.READERS).matching(SearchReaders.COORDINATORS));
		}
		if (searcher.personId() != null) {
			readers.should(f.match().field(SearchFields.READERS).matching(SearchReaders.person(searcher.personId())));
		}
		return f.bool().must(inCommunity).must(readers).toPredicate();
	}

	private static java.util.Collection<String> orNone(java.util.Set<String> ids) {
		return ids.isEmpty() ? java.util.Set.of(NONE) : ids;
	}

}
