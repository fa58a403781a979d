package org.kring.discussion;

import java.time.Instant;
import java.util.UUID;

/**
 * A moderator of a community (one of its facilitators or an administrator) warned the
 * author of a post; published once the warning is in the community's moderation log, once
 * per warning.
 *
 * @param warningId the warning, the same for every delivery of this event
 * @param communityId the thread's community
 * @param personId the member warned: the post's author
 * @param threadId the post's thread
 * @param postId the post the warning is about
 * @param threadTitle the thread's title
 * @param reason why, as the moderator wrote it
 * @param at when
 */
public record DiscussionMemberWarned(UUID warningId, UUID communityId, UUID personId, UUID threadId, UUID postId,
		String threadTitle, String reason, Instant at) {
}
