package org.kring.search.internal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search index lives and when it is built, under {@code kring.search}.
 *
 * @param indexDirectory the directory of the embedded Lucene index
 * ({@code KRING_SEARCH_INDEX_DIRECTORY}); null for {@code index} inside
 * {@code kring.data-directory}
 * @param rebuildOnStart whether the index is rebuilt from the database on every start
 * ({@code KRING_SEARCH_REBUILD_ON_START}); without it, only an empty index is built
 * @param opensearch the cluster that holds the index instead, in the {@code opensearch}
 * profile
 */
@ConfigurationProperties("kring.search")
public record SearchSettings(@Nullable Path indexDirectory, boolean rebuildOnStart,
		@DefaultValue OpenSearch opensearch) {

	/**
	 * The OpenSearch (or Elasticsearch) cluster of the {@code opensearch} profile, which
	 * hands these settings to Hibernate Search.
	 *
	 * @param hosts host and port of each node, separated by commas
	 * ({@code KRING_SEARCH_OPENSEARCH_HOSTS})
	 * @param protocol {@code https} or {@code http}
	 * ({@code KRING_SEARCH_OPENSEARCH_PROTOCOL})
	 * @param username the user, if the cluster asks for one
	 * ({@code KRING_SEARCH_OPENSEARCH_USERNAME})
	 * @param password that user's password ({@code KRING_SEARCH_OPENSEARCH_PASSWORD})
	 * @param version the distribution and version the cluster must run, such as
	 * {@code opensearch:2} ({@code KRING_SEARCH_OPENSEARCH_VERSION}); checked on start
	 */
	public record OpenSearch(@DefaultValue("localhost:9200") String hosts, @DefaultValue("https") String protocol,
			@Nullable String username, @Nullable String password, @DefaultValue("opensearch:3") String version) {

		/** Leaves the password out, should the settings be logged. */
		@Override
		public String toString() {
			return "OpenSearch[hosts=" + this.hosts + ", protocol=" + this.protocol + ", username=" + this.username
					+ ", version=" + this.version + "]";
		}

	}

}
