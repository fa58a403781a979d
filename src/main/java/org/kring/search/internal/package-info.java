/**
 * The search index's analysis per language, the query over all its fields, who may find
 * what, and rebuilding the index.
 */
@NullMarked
package org.kring.search.internal;

import org.jspecify.annotations.NullMarked;
