package org.kring.search.internal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the search index lives and when it is built, under {@code kring.search}.
 *
 * @param indexDirectory the directory of the embedded Lucene index
 * ({@code KRING_SEARCH_INDEX_DIRECTORY}); null for {@code index} inside
 * {@code kring.data-directory}
 * @param rebuildOnStart whether the index is rebuilt from the database on every start
 * ({@code KRING_SEARCH_REBUILD_ON_START}); without it, only an empty index is built
 */
@ConfigurationProperties("kring.search")
public record SearchSettings(@Nullable Path indexDirectory, boolean rebuildOnStart) {
}
