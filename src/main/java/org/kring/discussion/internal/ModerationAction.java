package org.kring.discussion.internal;

/**
 * What a moderator did, as the moderation log records it.
 */
public enum ModerationAction {

	/** Hid a post from all but moderators. */
	HIDE,

	/** Showed a hidden post again. */
	RESTORE,

	/** Found a post's flags unfounded and left it shown. */
	DISMISS,

	/** Warned a post's author. */
	WARN,

	/** Blocked a person from the community's discussions. */
	BLOCK,

	/** Lifted a person's block. */
	UNBLOCK;

	public String messageKey() {
		return "discussion.moderation.action." + name();
	}

}
