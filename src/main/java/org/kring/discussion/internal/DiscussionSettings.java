package org.kring.discussion.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of discussions, under {@code kring.discussion}.
 *
 * @param newMember what a member may do in their first hours in a community, so that a
 * spammer who joins cannot flood it
 * @param flagsToHide how many members' flags hide a post until a moderator restores it
 * ({@code KRING_DISCUSSION_FLAGS_TO_HIDE}, default 3)
 */
@ConfigurationProperties("kring.discussion")
public record DiscussionSettings(@DefaultValue NewMember newMember, @DefaultValue("3") int flagsToHide) {

	/**
	 * The limits of a new member; a community's facilitators have none.
	 *
	 * @param hours how long after joining a member counts as new
	 * ({@code KRING_DISCUSSION_NEW_MEMBER_HOURS}, default 24)
	 * @param maxPosts the most posts a new member writes in the community
	 * ({@code KRING_DISCUSSION_NEW_MEMBER_MAX_POSTS}, default 3)
	 * @param links whether a new member's posts may hold links and images
	 * ({@code KRING_DISCUSSION_NEW_MEMBER_LINKS}, default false)
	 */
	public record NewMember(@DefaultValue("24") int hours, @DefaultValue("3") int maxPosts,
			@DefaultValue("false") boolean links) {
	}

}
