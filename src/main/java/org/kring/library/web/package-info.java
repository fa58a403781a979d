/**
 * The library's pages, Atom feed and JSON API.
 */
@NullMarked
package org.kring.library.web;

import org.jspecify.annotations.NullMarked;
