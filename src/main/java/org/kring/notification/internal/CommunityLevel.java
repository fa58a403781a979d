package org.kring.notification.internal;

/**
 * How much a person wants to hear of one community.
 */
public enum CommunityLevel {

	/** Every new thread and reply, besides what {@link #NORMAL} gets. */
	WATCHING,

	/** Mentions, replies to me, meetings, results and what is personal: the default. */
	NORMAL,

	/** Only what is personal to the person. */
	MUTED;

	public static final CommunityLevel DEFAULT = NORMAL;

	public String messageKey() {
		return "notification.level." + name();
	}

}
