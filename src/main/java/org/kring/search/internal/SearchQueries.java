package org.kring.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.search.SearchHit;
import org.kring.search.SearchRequest;
import org.kring.search.SearchResults;
import org.kring.system.KringPrincipal;
import org.kring.system.search.SearchFields;
import org.kring.system.search.Searchable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the index of everything for someone: the words in every language's analysis,
 * with typos forgiven in longer words and exact words and phrases ranked first, only what
 * the searcher may see, narrowed by the facets chosen, with counts per facet and marked
 * snippets. What a result shows comes from the index, so the database is asked only who
 * the searcher is, whatever the number of results.
 */
@Service
public class SearchQueries {

	/** Words this long or longer forgive one typo. */
	static final int FUZZY_FROM_LENGTH = 5;

	private static final int MAX_FACET_VALUES = 30;

	/** The title and the text in every analysis. */
	private static final String[] TITLES = fields(SearchFields.TITLE);

	private static final String[] TEXTS = fields(SearchFields.TEXT);

	/** The plain analyses of title and text, where typos are forgiven. */
	private static final String[] PLAIN = { SearchFields.analysed(SearchFields.TITLE, SearchFields.PLAIN),
			SearchFields.analysed(SearchFields.TEXT, SearchFields.PLAIN) };

	private final EntityManager entityManager;

	private final CommunityManagement communities;

	private final TextAnalysers analysers;

	SearchQueries(EntityManager entityManager, CommunityManagement communities, TextAnalysers analysers) {
		this.entityManager = entityManager;
		this.communities = communities;
		this.analysers = analysers;
	}

	/**
	 * Searches for someone.
	 * @param me the signed-in person, or null for a visitor
	 * @param request what they search for
	 * @return a page of what they may see, never null; none for blank words
	 */
	@Transactional(readOnly = true)
	public SearchResults search(@Nullable KringPrincipal me, SearchRequest request) {
		List<String> words = Words.of(request.searchedText());
		if (words.isEmpty()) {
			return SearchResults.none(request);
		}
		Searcher searcher = searcher(me);
		Snippets snippets = new Snippets(this.analysers, request.searchedText());
		Map<String, AggregationKey<Map<String, Long>>> facetKeys = new LinkedHashMap<>();
		SearchResults.FACETS.forEach((facet) -> facetKeys.put(facet, AggregationKey.of(facet)));
		var query = Search.session(this.entityManager)
			.search(Searchable.class)
			.select((f) -> hit(f, snippets))
			.where((f, root) -> {
				root.add(matching(f, request.searchedText(), words));
				root.add(Visibility.filter(f, searcher));
				narrowed(f, request).forEach(root::add);
			});
		for (var facet : facetKeys.entrySet()) {
			String field = "field".equals(facet.getKey()) ? SearchFields.FIELDS : facet.getKey();
			query = query.aggregation(facet.getValue(),
					(f) -> f.terms().field(field, String.class).maxTermCount(MAX_FACET_VALUES));
		}
		int offset = (request.page() - 1) * SearchRequest.PAGE_SIZE;
		SearchResult<SearchHit> result = query.fetch(offset, SearchRequest.PAGE_SIZE);
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		facetKeys.forEach((facet, key) -> facets.put(facet, result.aggregation(key)));
		return new SearchResults(request, result.hits(), result.total().hitCount(), facets, searcher.slugs());
	}

	/**
	 * Who someone is to the index: the communities they read and belong to, asked of the
	 * community module in a fixed number of queries.
	 * @param me the signed-in person, or null for a visitor
	 * @return the searcher
	 */
	Searcher searcher(@Nullable KringPrincipal me) {
		Map<UUID, String> slugs = this.communities.readableBy(me)
			.stream()
			.collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::slug, (a, b) -> a));
		if (me != null && me.administrator()) {
			return new Searcher(true, true, me.id(), Set.of(), Set.of(), slugs);
		}
		var readable = slugs.keySet().stream().map(UUID::toString).collect(Collectors.toSet());
		var memberOf = (me == null) ? Set.<String>of()
				: this.communities.communitiesOf(me.id())
					.stream()
					.map((membership) -> membership.community().id().toString())
					.collect(Collectors.toSet());
		return new Searcher(false, me != null && me.coordinator(), (me != null) ? me.id() : null, readable, memberOf,
				slugs);
	}

	private static SearchPredicate matching(SearchPredicateFactory f, String text, List<String> words) {
		var any = f.bool();
		if (words.size() > 1) {
			// The words in their order rank first; in the plain analyses only, as
			// positions in every analysis cost more than they add.
			any.should(f.phrase().fields(PLAIN[0]).matching(text).boost(6f));
			any.should(f.phrase().fields(PLAIN[1]).matching(text).boost(3f));
		}
		any.should(f.match().fields(TITLES).matching(text).boost(3f));
		any.should(f.match().fields(TEXTS).matching(text));
		for (String word : words) {
			if (word.codePointCount(0, word.length()) >= FUZZY_FROM_LENGTH) {
				// Typos are forgiven in the plain analyses only: a fuzzy clause costs a
				// Levenshtein automaton per field, and a word one typo from a stem is
				// mostly one typo from the word as written too.
				any.should(f.match().fields(PLAIN).matching(word).fuzzy(1, 1).boost(0.5f));
			}
		}
		any.minimumShouldMatchNumber(1);
		return any.toPredicate();
	}

	private static List<SearchPredicate> narrowed(SearchPredicateFactory f, SearchRequest request) {
		List<SearchPredicate> filters = new ArrayList<>();
		Map<String, @Nullable String> chosen = new LinkedHashMap<>();
		chosen.put(SearchFields.TYPE, request.type());
		chosen.put(SearchFields.COUNTRY, request.country());
		chosen.put(SearchFields.FIELDS, request.field());
		chosen.put(SearchFields.LANGUAGE, request.language());
		chosen.forEach((field, value) -> {
			if (value != null && !value.isBlank()) {
				filters.add(f.match().field(field).matching(value.strip()).toPredicate());
			}
		});
		return filters;
	}

	private static String[] fields(String text) {
		return SearchFields.ANALYSERS.stream()
			.map((analyser) -> SearchFields.analysed(text, analyser))
			.toArray(String[]::new);
	}

	/** The projections {@link Snippets#hit} reads, in its order. */
	private static ProjectionFinalStep<SearchHit> hit(SearchProjectionFactory<?, ?> f, Snippets snippets) {
		List<SearchProjection<?>> parts = new ArrayList<>();
		parts.add(f.id().toProjection());
		for (String field : List.of(SearchFields.TYPE, SearchFields.KEY, SearchFields.TITLE, SearchFields.SUMMARY,
				SearchFields.BODY, SearchFields.COMMUNITY)) {
			parts.add(f.field(field, String.class).toProjection());
		}
		parts.add(f.field(SearchFields.DATE, java.time.Instant.class).toProjection());
		parts.add(f.field(SearchFields.LANGUAGE, String.class).toProjection());
		Function<List<?>, SearchHit> toHit = snippets::hit;
		return f.composite().from(parts.toArray(SearchProjection<?>[]::new)).asList(toHit);
	}

}
