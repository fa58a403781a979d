package org.kring.discussion;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member replied in a thread; published once the reply is stored.
 *
 * @param postId the reply
 * @param threadId its thread
 * @param communityId the thread's community
 * @param threadTitle the thread's title
 * @param authorId who replied
 * @param repliedToAuthorId whom the reply answers: the author of the post it quotes, or
 * else the thread's author; null when that is the replier themself
 * @param at when
 */
public record DiscussionReplyPosted(UUID postId, UUID threadId, UUID communityId, String threadTitle, UUID authorId,
		@Nullable UUID repliedToAuthorId, Instant at) {
}
