package org.kring.result.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The days in a signal's trail, written out in the reader's language in the instance's
 * time zone, such as "13 January 2026".
 */
final class SignalDates {

	private SignalDates() {
	}

	static String day(@Nullable Instant moment, ZoneId zone, Locale locale) {
		return (moment != null)
				? moment.atZone(zone).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
				: "";
	}

}
