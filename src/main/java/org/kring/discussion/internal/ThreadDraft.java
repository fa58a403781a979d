package org.kring.discussion.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a member typed to start a thread.
 *
 * @param title its title
 * @param text its opening post, in Markdown
 * @param meetingId the community's meeting it is about, or null
 * @param openToPublic whether anyone who reads the (public) community reads it
 * @param themeId the community's theme it is about, or null
 */
public record ThreadDraft(@Nullable String title, @Nullable String text, @Nullable UUID meetingId, boolean openToPublic,
		@Nullable UUID themeId) {

	/**
	 * A draft about no theme.
	 * @param title its title
	 * @param text its opening post, in Markdown
	 * @param meetingId the community's meeting it is about, or null
	 * @param openToPublic whether anyone who reads the (public) community reads it
	 */
	public ThreadDraft(@Nullable String title, @Nullable String text, @Nullable UUID meetingId, boolean openToPublic) {
		this(title, text, meetingId, openToPublic, null);
	}

}
