package org.kring.discussion;

import java.time.Instant;
import java.util.UUID;

/**
 * A post mentioned a member of its thread's community; published once the post is stored,
 * at most once per member and post, never for the post's own author nor for anyone
 * outside the community. A mention {@code @handle} names the member whose display name,
 * without its white space and in lower case, is the handle; a handle that names no
 * member, or more than one, mentions nobody.
 *
 * @param postId the post
 * @param threadId its thread
 * @param communityId the thread's community
 * @param threadTitle the thread's title
 * @param mentionedPersonId the member mentioned
 * @param byPersonId the post's author
 * @param at when the post was written
 */
public record DiscussionMemberMentioned(UUID postId, UUID threadId, UUID communityId, String threadTitle,
		UUID mentionedPersonId, UUID byPersonId, Instant at) {
}
