/**
 * Discussions between meetings: threads within a community, replies, quotes and mentions
 * of members. Nothing in this package is for other modules yet. The sub-package
 * {@code internal} holds the text of a post: its Markdown turned into HTML that is safe
 * to show, its plain text for search and notifications, the members it mentions and the
 * most it may hold.
 */
@NullMarked
package org.kring.discussion;

import org.jspecify.annotations.NullMarked;
