/**
 * Results: what became of the products of meetings. Joint signals and recommendations
 * followed to the authority's answer, each community's yearly action agenda, the toolbox
 * and the register of legislation tested in practice, and the public results tracker.
 * This package is what other modules may use: the events it publishes, such as
 * {@link org.kring.result.SignalAnswered}, and {@link org.kring.result.ResultRecords}
 * through which the instance puts in results of its own. The sub-packages are the
 * module's own: {@code internal} the results themselves, {@code web} the pages and the
 * JSON API.
 */
@NullMarked
package org.kring.result;

import org.jspecify.annotations.NullMarked;
