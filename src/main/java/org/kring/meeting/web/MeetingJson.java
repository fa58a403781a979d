package org.kring.meeting.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.CalendarFiles;
import org.kring.meeting.internal.Meeting;

/**
 * A public meeting as the API answers it. It never holds the online link.
 *
 * @param id the meeting's id
 * @param title its title
 * @param theme its theme, or null
 * @param community the community, or null when visitors may not read the community
 * @param start when it starts, ISO-8601 with its offset
 * @param end when it ends, ISO-8601 with its offset
 * @param timeZone the zone it is held in, such as {@code Europe/Brussels}
 * @param format {@code in_person}, {@code online} or {@code hybrid}
 * @param place where it is held, or null for an online meeting
 * @param capacity how many may register, or null for no limit
 * @param status {@code scheduled}, {@code cancelled} or {@code closed}
 * @param url the meeting's page
 * @param icsUrl the meeting as an iCalendar file
 */
public record MeetingJson(String id, String title, @Nullable String theme, @Nullable Community community, String start,
		String end, String timeZone, String format, @Nullable Place place, @Nullable Integer capacity, String status,
		String url, String icsUrl) {

	static MeetingJson of(Meeting meeting, @Nullable CommunitySummary community, CalendarFiles files) {
		String page = files.address("/meetings/" + meeting.id());
		Place place = (meeting.format().inPlace() && meeting.address() != null)
				? new Place(meeting.address(), meeting.room()) : null;
		return new MeetingJson(meeting.id().toString(), meeting.title(), meeting.theme(),
				(community != null) ? new Community(community.slug(), community.name()) : null,
				meeting.start().toOffsetDateTime().toString(), meeting.end().toOffsetDateTime().toString(),
				meeting.zone().getId(), meeting.format().name().toLowerCase(Locale.ROOT), place, meeting.capacity(),
				meeting.state().name().toLowerCase(Locale.ROOT), page, page + ".ics");
	}

	/**
	 * The community a meeting belongs to.
	 *
	 * @param slug its slug
	 * @param name its name in its original language
	 */
	public record Community(String slug, String name) {
	}

	/**
	 * Where a meeting is held.
	 *
	 * @param address the address
	 * @param room the room, or null
	 */
	public record Place(String address, @Nullable String room) {
	}

}
