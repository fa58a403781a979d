package org.kring.meeting;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A meeting anyone may see, as other pages list it.
 *
 * @param id the meeting
 * @param title its title
 * @param theme its theme, or null
 * @param start when it starts, in the zone it is held in
 * @param community the name of its community, or null when a visitor may not see the
 * community (a public meeting of a community that is not)
 */
public record UpcomingMeeting(UUID id, String title, @Nullable String theme, ZonedDateTime start,
		@Nullable String community) {

	/**
	 * The meeting's page.
	 * @return the path
	 */
	public String path() {
		return "/meetings/" + this.id;
	}

	/**
	 * When it starts, such as "12 Jan 2027, 19:30", in the meeting's zone.
	 * @param locale the reader's language
	 * @return the start, written out
	 */
	public String when(Locale locale) {
		return this.start
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
	}

}
