package org.kring.meeting;

import java.util.List;
import java.util.UUID;

/**
 * A facilitator put a theme from a community's agenda onto an upcoming meeting. Those who
 * supported it may want to hear so.
 *
 * @param themeId the theme
 * @param communityId the community whose agenda it is on
 * @param meetingId the meeting that treats it
 * @param title the theme's title
 * @param supporters the people who support the theme, by person id, in the order they
 * supported it
 */
public record ThemeScheduled(UUID themeId, UUID communityId, UUID meetingId, String title, List<UUID> supporters) {

	public ThemeScheduled {
		supporters = List.copyOf(supporters);
	}

}
