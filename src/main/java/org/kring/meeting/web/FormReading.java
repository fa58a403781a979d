package org.kring.meeting.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kring.system.web.CleanText;
import org.kring.system.web.FormErrors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * Reads the values of a planning form, noting a message key for every field that is
 * wrong. Each reading answers null for a value that is absent or wrong, so that the
 * caller builds what the form describes only when {@link #ok()}.
 */
final class FormReading {

	private final Map<String, String> problems = new LinkedHashMap<>();

	/**
	 * A text, trimmed; blank is absent.
	 * @param field the field's name, also where a problem is shown
	 * @param value what was typed
	 * @param max the longest it may be
	 * @param required whether it must be given
	 * @return the text, or null
	 */
	@Nullable String text(String field, @Nullable String value, int max, boolean required) {
		String cleaned = CleanText.clean(value);
		if (cleaned == null || cleaned.isBlank()) {
			if (required) {
				problem(field, "meetingplan.form.required");
			}
			return null;
		}
		String text = cleaned.strip();
		if (text.length() > max) {
			problem(field, "meetingplan.form.tooLong");
			return null;
		}
		return text;
	}

	/**
	 * A whole number in a range.
	 * @return the number, or null
	 */
	@Nullable Integer number(String field, @Nullable String value, int min, int max, boolean required, String outOfRangeKey) {
		if (value == null || value.isBlank()) {
			if (required) {
				problem(field, "meetingplan.form.required");
			}
			return null;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number < min || number > max) {
				problem(field, outOfRangeKey);
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problem(field, "meetingplan.form.notANumber");
			return null;
		}
	}

	/**
	 * A date as a date field sends it, {@code yyyy-MM-dd}.
	 * @return the date, or null
	 */
	@Nullable LocalDate date(String field, @Nullable String value, boolean required) {
		return parsed(field, value, required, LocalDate::parse);
	}

	/**
	 * A time as a time field sends it, {@code HH:mm}.
	 * @return the time, or null
	 */
	@Nullable LocalTime time(String field, @Nullable String value, boolean required) {
		return parsed(field, value, required, LocalTime::parse);
	}

	/**
	 * A date and time as a datetime-local field sends it.
	 * @return the date and time, or null
	 */
	@Nullable LocalDateTime dateTime(String field, @Nullable String value) {
		return parsed(field, value, false, LocalDateTime::parse);
	}

	/**
	 * A time zone by its name, such as {@code Europe/Brussels}.
	 * @return the zone, or null
	 */
	@Nullable ZoneId zone(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			problem(field, "meetingplan.form.required");
			return null;
		}
		try {
			return ZoneId.of(value.strip());
		}
		catch (DateTimeException ex) {
			problem(field, "meetingplan.form.unknownZone");
			return null;
		}
	}

	/**
	 * A web address starting with http or https.
	 * @return the address, or null
	 */
	@Nullable String link(String field, @Nullable String value) {
		String text = text(field, value, 500, false);
		if (text == null) {
			return null;
		}
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return text;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		problem(field, "meetingplan.form.link");
		return null;
	}

	/**
	 * Notes a problem with a field; the first one noted is the one shown.
	 * @param field the field
	 * @param key the message key
	 */
	void problem(String field, String key) {
		this.problems.putIfAbsent(field, key);
	}

	boolean ok() {
		return this.problems.isEmpty();
	}

	boolean has(String field) {
		return this.problems.containsKey(field);
	}

	/**
	 * The problems, for the page.
	 * @return the problems, possibly none
	 */
	FormErrors errors() {
		MapBindingResult result = new MapBindingResult(new LinkedHashMap<>(), "form");
		this.problems.forEach((field, key) -> result.addError(new FieldError("form", field, key)));
		return FormErrors.of(result);
	}

	private <T> @Nullable T parsed(String field, @Nullable String value, boolean required, Parser<T> parser) {
		if (value == null || value.isBlank()) {
			if (required) {
				problem(field, "meetingplan.form.required");
			}
			return null;
		}
		try {
			return parser.parse(value.strip());
		}
		catch (DateTimeException ex) {
			problem(field, "meetingplan.form.invalid");
			return null;
		}
	}

	private interface Parser<T> {

		T parse(String value);

	}

}
