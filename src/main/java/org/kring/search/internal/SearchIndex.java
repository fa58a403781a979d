package org.kring.search.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.kring.system.search.SearchFields;
import org.kring.system.search.Searchable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The search index as a whole: built from the database when it is empty or of an older
 * layout on start (or on every start when {@code kring.search.rebuild-on-start} says so),
 * in the background so the instance serves pages meanwhile; rebuilt when an administrator
 * asks; counted per kind of thing. Between rebuilds Hibernate Search keeps it current as
 * entities change.
 */
@Component
@EnableConfigurationProperties(SearchSettings.class)
public class SearchIndex {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManagerFactory entityManagerFactory;

	private final SearchSettings settings;

	private final AtomicReference<CompletableFuture<?>> running = new AtomicReference<>(
			CompletableFuture.completedFuture(null));

	SearchIndex(EntityManagerFactory entityManagerFactory, SearchSettings settings) {
		this.entityManagerFactory = entityManagerFactory;
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildOnStart() {
		if (this.settings.rebuildOnStart()) {
			logger.info("Rebuilding the search index, as kring.search.rebuild-on-start asks");
			rebuild();
		}
		else if (counts().isEmpty()) {
			logger.info("The search index is empty: building it from the database");
			rebuild();
		}
		else if (outdated()) {
			logger.info("The search index holds entries of an older layout: rebuilding it from the database");
			rebuild();
		}
	}

	/**
	 * Whether the index holds entries written in an older layout of its fields, which
	 * today's searches would not find.
	 * @return true when any entry is not of {@link SearchFields#SCHEMA_VERSION}
	 */
	boolean outdated() {
		try (var session = this.entityManagerFactory.createEntityManager()) {
			return Search.session(session)
				.search(Searchable.class)
				.where((f) -> f.not(f.match().field(SearchFields.SCHEMA).matching(SearchFields.SCHEMA_VERSION)))
				.fetchTotalHitCount() > 0;
		}
	}

	/**
	 * Starts rebuilding the index from the database, unless a rebuild is running.
	 * @return the rebuild, done when the index is complete again
	 */
	public synchronized CompletableFuture<?> rebuild() {
		CompletableFuture<?> current = this.running.get();
		if (!current.isDone()) {
			return current;
		}
		long start = System.nanoTime();
		CompletableFuture<?> rebuild = Search.mapping(this.entityManagerFactory)
			.scope(Object.class)
			.massIndexer()
			.start()
			.toCompletableFuture()
			.whenComplete((done, failure) -> {
				if (failure != null) {
					logger.error("Rebuilding the search index failed", failure);
				}
				else {
					logger.info("Search index rebuilt in {} ms: {}", (System.nanoTime() - start) / 1_000_000, counts());
				}
			});
		this.running.set(rebuild);
		return rebuild;
	}

	/**
	 * The rebuild that runs or ran last.
	 * @return done when no rebuild runs
	 */
	public CompletableFuture<?> lastRebuild() {
		return this.running.get();
	}

	/**
	 * Whether a rebuild is running.
	 * @return true until it is done
	 */
	public boolean rebuilding() {
		return !this.running.get().isDone();
	}

	/**
	 * How many things of each kind the index holds.
	 * @return count by kind, such as {@code practice}; empty for an empty index
	 */
	public Map<String, Long> counts() {
		AggregationKey<Map<String, Long>> types = AggregationKey.of(SearchFields.TYPE);
		try (var session = this.entityManagerFactory.createEntityManager()) {
			return Search.session(session)
				.search(Searchable.class)
				.where((f) -> f.matchAll())
				.aggregation(types, (f) -> f.terms().field(SearchFields.TYPE, String.class).maxTermCount(100))
				.fetch(0)
				.aggregation(types);
		}
	}

}
