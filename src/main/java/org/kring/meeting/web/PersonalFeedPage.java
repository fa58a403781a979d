package org.kring.meeting.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The personal feed page.
 *
 * @param address the feed's address, right after it was made; null otherwise, as only its
 * hash is kept
 * @param created when the current address was made, or null when there is none
 * @param zone the instance's time zone, in which the moment is written
 */
public record PersonalFeedPage(@Nullable String address, @Nullable Instant created, ZoneId zone) {

	/**
	 * When the current address was made, written out.
	 * @param locale the reader's language
	 * @return the date and time, or an empty text when there is no address
	 */
	public String createdText(Locale locale) {
		return (this.created != null) ? this.created.atZone(this.zone)
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale))
				: "";
	}

}
