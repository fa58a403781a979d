package org.kring.result.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.result.internal.TrackerRow;

/**
 * A sent signal or recommendation as the API answers it: public data only, never the
 * contact at the authority.
 *
 * @param id the signal's id
 * @param kind {@code signal} or {@code recommendation}
 * @param title its title
 * @param text its text
 * @param ask what it asks the authority
 * @param community the community that signs it
 * @param authority whom it addresses
 * @param meeting the meeting it came from, or null
 * @param theme the theme it came from, or null
 * @param state {@code sent}, {@code acknowledged}, {@code answered} or
 * {@code followed_up}
 * @param sentAt when it was sent, ISO-8601
 * @param acknowledgedAt when the authority acknowledged it, or null
 * @param answeredAt when the authority answered, or null
 * @param answer the authority's answer, or null
 * @param followedUpAt when the community followed the answer up, or null
 * @param outcome {@code implemented}, {@code partly_implemented} or
 * {@code not_implemented}, or null
 * @param url the signal's page
 */
public record SignalJson(String id, String kind, String title, @Nullable String text, @Nullable String ask,
		Community community, Authority authority, @Nullable Meeting meeting, @Nullable String theme, String state,
		@Nullable String sentAt, @Nullable String acknowledgedAt, @Nullable String answeredAt, @Nullable String answer,
		@Nullable String followedUpAt, @Nullable String outcome, String url) {

	static SignalJson of(TrackerPage.Entry entry, ZoneId zone, String baseUrl) {
		TrackerRow signal = entry.signal();
		var meeting = entry.meeting();
		String organisation = (entry.organisation() != null) ? entry.organisation().slug() : null;
		return new SignalJson(signal.id().toString(), lower(signal.kind().name()), signal.title(), signal.body(),
				signal.ask(), new Community(entry.community().slug(), entry.community().name()),
				new Authority(entry.authority(), organisation),
				(meeting != null) ? new Meeting(meeting.id().toString(), meeting.title(),
						meeting.startsAt().atZone(zone).toLocalDate().toString()) : null,
				signal.theme(), lower(signal.state().name()), text(signal.sentAt()), text(signal.acknowledgedAt()),
				text(signal.answeredAt()), signal.answer(), text(signal.followedUpAt()),
				(signal.outcome() != null) ? lower(signal.outcome().name()) : null, baseUrl + signal.path());
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static @Nullable String text(@Nullable Instant moment) {
		return (moment != null) ? moment.toString() : null;
	}

	/**
	 * The community that signs a signal.
	 *
	 * @param slug its slug
	 * @param name its name in its original language
	 */
	public record Community(String slug, String name) {
	}

	/**
	 * Whom a signal addresses.
	 *
	 * @param name the organisation's or the office's name
	 * @param organisation the organisation's slug, or null for a named office
	 */
	public record Authority(String name, @Nullable String organisation) {
	}

	/**
	 * The meeting a signal came from.
	 *
	 * @param id the meeting's id
	 * @param title its title
	 * @param date the day it was held, as {@code YYYY-MM-DD}
	 */
	public record Meeting(String id, String title, String date) {
	}

}
