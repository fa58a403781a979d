package org.kring.discussion.internal;

import java.util.UUID;

/**
 * A person a moderator blocked from a community's discussions tried to start a thread,
 * reply, edit or flag there. Nothing changed; a page answers 403 and says they are
 * blocked.
 */
public class DiscussionBlocked extends RuntimeException {

	private final UUID communityId;

	/**
	 * A refusal.
	 * @param communityId the community they are blocked from
	 */
	public DiscussionBlocked(UUID communityId) {
		super("Blocked from " + communityId);
		this.communityId = communityId;
	}

	/**
	 * The community they are blocked from.
	 * @return its id
	 */
	public UUID communityId() {
		return this.communityId;
	}

}
