/**
 * The library of publications: reports, guidelines, methodology handbooks, training
 * curricula, magazine articles, factsheets and toolkits, each with its versions, its
 * translations and its files. This package is what other modules may use:
 * {@link org.kring.library.LibraryRecords}, through which the instance puts in
 * publications of its own. The sub-packages are the module's own: {@code internal} the
 * publications themselves, {@code web} the pages, the feed and the JSON API.
 */
@NullMarked
package org.kring.library;

import org.jspecify.annotations.NullMarked;
