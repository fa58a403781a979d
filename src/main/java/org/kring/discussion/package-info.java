/**
 * Discussions between meetings: threads within a community, replies, quotes, mentions of
 * members and useful tips, at {@code /communities/{slug}/discussions}. Other modules
 * learn of new threads, replies and mentions from the events in this package
 * ({@link org.kring.discussion.DiscussionThreadStarted},
 * {@link org.kring.discussion.DiscussionReplyPosted},
 * {@link org.kring.discussion.DiscussionMemberMentioned}) and of moderators' warnings
 * ({@link org.kring.discussion.DiscussionMemberWarned}). The sub-package {@code internal}
 * holds the threads and posts, who may do what with them, and the text of a post: its
 * Markdown turned into HTML that is safe to show, its plain text, the members it mentions
 * and the most it may hold, and their moderation: the queue of flagged posts, hiding,
 * restoring, warnings, blocks and the moderation log; {@code web} holds the pages.
 */
@NullMarked
package org.kring.discussion;

import org.jspecify.annotations.NullMarked;
