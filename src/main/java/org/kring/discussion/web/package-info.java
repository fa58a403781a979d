/**
 * The discussion pages under {@code /communities/{slug}/discussions}.
 */
@NullMarked
package org.kring.discussion.web;

import org.jspecify.annotations.NullMarked;
