package org.kring.expertise.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Due dates as the reader writes them.
 */
public final class Dates {

	private Dates() {
	}

	/**
	 * A day in the reader's language, such as "3 Mar 2026".
	 * @param day the day
	 * @param locale the reader's language
	 * @return the day, written out
	 */
	public static String show(LocalDate day, Locale locale) {
		return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
	}

}
