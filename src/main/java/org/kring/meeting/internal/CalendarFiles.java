package org.kring.meeting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;
import org.kring.system.KringProperties;
import org.springframework.stereotype.Component;

/**
 * Meetings as iCalendar (RFC 5545) files, built with ical4j: one VEVENT per meeting with
 * a UID that never changes, the SEQUENCE the meeting counts its changes with,
 * STATUS:CANCELLED once it was called off, and a VTIMEZONE for every zone used, so that
 * calendar programs place each meeting right across daylight-saving changes.
 */
@Component
public class CalendarFiles {

	/** The MIME type of a calendar feed or file. */
	public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final String host;

	private final String base;

	CalendarFiles(KringProperties properties) {
		this.base = properties.linkBase();
		this.host = java.net.URI.create(this.base).getHost();
	}

	/**
	 * An absolute address on this instance, for calendar programs and API clients.
	 * @param path the path, starting with {@code /}
	 * @return such as {@code https://kring.example/meetings/<uuid>}
	 */
	public String address(String path) {
		return this.base + path;
	}

	/**
	 * The UID of a meeting's event: the same in every file and feed, for as long as the
	 * meeting exists.
	 * @param meeting the meeting
	 * @return such as {@code meeting-<uuid>@kring.example}
	 */
	public String uid(Meeting meeting) {
		return "meeting-" + meeting.id() + "@" + this.host;
	}

	/**
	 * A calendar to subscribe to or download, holding some meetings.
	 * @param name the calendar's name, shown by calendar programs
	 * @param meetings the meetings, cancelled ones included (they show as cancelled)
	 * @param now the current time, the events' DTSTAMP
	 * @return the file, in UTF-8
	 */
	public byte[] feed(String name, Collection<Meeting> meetings, Instant now) {
		return write(calendar(name, ImmutableMethod.PUBLISH, meetings, now, null));
	}

	/**
	 * The invitation a confirmation mail carries: one meeting, METHOD:REQUEST (or
	 * METHOD:CANCEL once it was cancelled), so that mail programs offer to add it.
	 * @param meeting the meeting
	 * @param onlineLink the link to join, for someone registered; null leaves it out
	 * @param now the current time
	 * @return the file, in UTF-8
	 */
	public byte[] invitation(Meeting meeting, @Nullable String onlineLink, Instant now) {
		Method method = (meeting.state() == MeetingState.CANCELLED) ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
		return write(calendar(meeting.title(), method, java.util.List.of(meeting), now, onlineLink));
	}

	private Calendar calendar(String name, Method method, Collection<Meeting> meetings, Instant now,
			@Nullable String onlineLink) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Kring//Meetings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		Map<String, VTimeZone> used = new LinkedHashMap<>();
		for (Meeting meeting : meetings) {
			used.computeIfAbsent(meeting.zone().getId(), (id) -> this.zones.getTimeZone(id).getVTimeZone());
		}
		used.values().forEach(calendar::add);
		for (Meeting meeting : meetings) {
			calendar.add(event(meeting, now, onlineLink));
		}
		return calendar;
	}

	private VEvent event(Meeting meeting, Instant now, @Nullable String onlineLink) {
		VEvent event = new VEvent(meeting.start(), meeting.end(), meeting.title());
		event.add(new Uid(uid(meeting)));
		event.add(new DtStamp(now));
		event.add(new LastModified(meeting.updatedAt()));
		event.add(new Sequence(meeting.sequence()));
		event.add((meeting.state() == MeetingState.CANCELLED) ? ImmutableStatus.VEVENT_CANCELLED
				: ImmutableStatus.VEVENT_CONFIRMED);
		String page = this.base + "/meetings/" + meeting.id();
		event.add(new Url(java.net.URI.create(page)));
		String location = location(meeting, onlineLink);
		if (location != null) {
			event.add(new Location(location));
		}
		StringBuilder description = new StringBuilder();
		if (meeting.theme() != null) {
			description.append(meeting.theme()).append("\n\n");
		}
		if (meeting.description() != null) {
			description.append(meeting.description()).append("\n\n");
		}
		description.append(page);
		event.add(new Description(description.toString()));
		return event;
	}

	private static @Nullable String location(Meeting meeting, @Nullable String onlineLink) {
		String place = null;
		if (meeting.format().inPlace() && meeting.address() != null) {
			place = (meeting.room() != null) ? meeting.address() + ", " + meeting.room() : meeting.address();
		}
		if (meeting.format().online() && onlineLink != null) {
			return (place != null) ? place + " / " + onlineLink : onlineLink;
		}
		return place;
	}

	private static byte[] write(Calendar calendar) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
