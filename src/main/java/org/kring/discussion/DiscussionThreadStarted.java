package org.kring.discussion;

import java.time.Instant;
import java.util.UUID;

/**
 * A member started a thread in a community; published once the thread and its opening
 * post are stored.
 *
 * @param threadId the thread
 * @param communityId its community
 * @param authorId who started it
 * @param title its title
 * @param at when
 */
public record DiscussionThreadStarted(UUID threadId, UUID communityId, UUID authorId, String title, Instant at) {
}
