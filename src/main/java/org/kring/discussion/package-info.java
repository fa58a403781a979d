/**
 * Discussions between meetings: threads within a community, replies, quotes, mentions of
 * members and useful tips, at {@code /communities/{slug}/discussions}. Other modules
 * learn of new threads, replies and mentions from the events in this package
 * ({@link org.kring.discussion.DiscussionThreadStarted},
 * {@link org.kring.discussion.DiscussionReplyPosted},
 * {@link org.kring.discussion.DiscussionMemberMentioned}). The sub-package
 * {@code internal} holds the threads and posts, who may do what with them, and the text
 * of a post: its Markdown turned into HTML that is safe to show, its plain text, the
 * members it mentions and the most it may hold; {@code web} holds the pages.
 */
@NullMarked
package org.kring.discussion;

import org.jspecify.annotations.NullMarked;
