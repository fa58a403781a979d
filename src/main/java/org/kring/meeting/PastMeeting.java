package org.kring.meeting;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A meeting that took place before it was put into Kring, with what it produced.
 *
 * @param title its title
 * @param theme its theme
 * @param start when it started, in the zone it was held in
 * @param duration how long it lasted
 * @param address where
 * @param minutes its minutes, in Markdown
 * @param attendees the people with an account who came
 * @param products what it produced, at least one
 */
public record PastMeeting(String title, @Nullable String theme, ZonedDateTime start, Duration duration, String address,
		String minutes, List<UUID> attendees, List<Product> products) {

	public PastMeeting {
		attendees = List.copyOf(attendees);
		products = List.copyOf(products);
	}

	/**
	 * One product of the meeting.
	 *
	 * @param kind its kind
	 * @param title its title
	 * @param description what it is
	 * @param authority for a joint signal, the authority it is addressed to
	 * @param ruleTested for a legislation test, the rule it tests
	 */
	public record Product(ProductKind kind, String title, @Nullable String description, @Nullable String authority,
			@Nullable String ruleTested) {
	}

}
