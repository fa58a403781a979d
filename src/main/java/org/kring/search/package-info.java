/**
 * One search over everything: communities, meetings, signals and actions, tools, good
 * practices, publications, organisations and public expert profiles, each found only by
 * those who may see it. The sub-packages are the module's own: {@code internal} the
 * index's analysis, queries and rebuilding, {@code web} the pages and the JSON API.
 */
@NullMarked
package org.kring.search;

import org.jspecify.annotations.NullMarked;
