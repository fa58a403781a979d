package org.kring.result.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.MeetingTitles;
import org.kring.organisation.OrganisationSummary;
import org.kring.result.internal.FollowUpOutcome;
import org.kring.result.internal.SignalState;
import org.kring.result.internal.TrackerCounts;
import org.kring.result.internal.TrackerRow;

/**
 * The public results tracker: the sent signals and recommendations of the communities the
 * reader may read, filtered, counted per state and shown with their trail from meeting
 * and theme to answer and outcome.
 *
 * @param query what was asked, filters as typed
 * @param errors the message key of each filter that could not be read, by its name
 * @param communities the communities to choose from: readable, with signals
 * @param authorities the authorities to choose from
 * @param themes the themes to choose from
 * @param years the years to choose from, the latest first
 * @param counts the number of signals per state for the filters but the state
 * @param entries the signals on this page
 * @param page this page, from 1
 * @param pages how many pages there are, at least 1
 * @param total how many signals the filters find
 * @param zone the time zone dates are shown in
 */
public record TrackerPage(TrackerQuery query, Map<String, String> errors, List<CommunitySummary> communities,
		List<Choice> authorities, List<String> themes, List<Integer> years, TrackerCounts counts, List<Entry> entries,
		int page, int pages, long total, ZoneId zone) {

	static final int EXCERPT = 200;

	static final List<SignalState> PUBLISHED = Arrays.stream(SignalState.values())
		.filter((state) -> state != SignalState.DRAFT)
		.toList();

	/**
	 * The states a sent signal can be in, in order.
	 * @return every state but the draft
	 */
	public List<SignalState> states() {
		return PUBLISHED;
	}

	public List<FollowUpOutcome> outcomes() {
		return List.of(FollowUpOutcome.values());
	}

	/**
	 * The message key of a filter's problem.
	 * @param filter such as {@code state}
	 * @return the key, or null when it was read
	 */
	public @Nullable String error(String filter) {
		return this.errors.get(filter);
	}

	/**
	 * A date in the reader's language.
	 * @param moment the moment
	 * @param locale the reader's language
	 * @return such as "3 March 2026"
	 */
	public String date(Instant moment, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(moment.atZone(this.zone));
	}

	/**
	 * A date as machines read it, for {@code <time datetime>}.
	 * @param moment the moment
	 * @return such as {@code 2026-03-03}
	 */
	public String isoDate(Instant moment) {
		return moment.atZone(this.zone).toLocalDate().toString();
	}

	/**
	 * The beginning of an answer.
	 * @param answer the whole answer
	 * @return at most about {@value #EXCERPT} characters, cut at a space, with an
	 * ellipsis when cut
	 */
	public static String excerpt(String answer) {
		String text = answer.strip();
		if (text.length() <= EXCERPT) {
			return text;
		}
		int cut = text.lastIndexOf(' ', EXCERPT);
		return text.substring(0, (cut > EXCERPT / 2) ? cut : EXCERPT).stripTrailing() + "…";
	}

	/**
	 * One choice of a select.
	 *
	 * @param value the value sent
	 * @param label what the reader sees
	 */
	public record Choice(String value, String label) {
	}

	/**
	 * A signal on the tracker with what it refers to.
	 *
	 * @param signal the signal
	 * @param community the community that signs it
	 * @param authority the authority's name
	 * @param organisation the organisation addressed, or null for a named office
	 * @param meeting the meeting it came from, or null
	 */
	public record Entry(TrackerRow signal, CommunitySummary community, String authority,
			@Nullable OrganisationSummary organisation, MeetingTitles.@Nullable Titled meeting) {
	}

}
