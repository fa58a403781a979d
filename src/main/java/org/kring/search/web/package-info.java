/**
 * The search module's pages and JSON API.
 */
@NullMarked
package org.kring.search.web;

import org.jspecify.annotations.NullMarked;
