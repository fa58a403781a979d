package org.kring.meeting.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.community.Visibility;
import org.kring.meeting.internal.CalendarFiles;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingAccess;
import org.kring.meeting.internal.MeetingCalendar;
import org.kring.meeting.internal.Meetings;
import org.kring.meeting.internal.PersonalFeeds;
import org.kring.system.KringPrincipal;
import org.kring.system.KringProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The calendar files: one meeting, a community's meetings, all public meetings, and a
 * person's own feed at its secret address. Whoever may not read what a file holds gets
 * 404, as for one that does not exist. No file holds a meeting's online link.
 */
@Controller
class CalendarFileController {

	private final Meetings meetings;

	private final MeetingAccess access;

	private final MeetingCalendar calendar;

	private final CommunityManagement communities;

	private final PersonalFeeds feeds;

	private final CalendarFiles files;

	private final MessageSource messages;

	private final KringProperties properties;

	private final Clock clock;

	CalendarFileController(Meetings meetings, MeetingAccess access, MeetingCalendar calendar,
			CommunityManagement communities, PersonalFeeds feeds, CalendarFiles files, MessageSource messages,
			KringProperties properties, Clock clock) {
		this.meetings = meetings;
		this.access = access;
		this.calendar = calendar;
		this.communities = communities;
		this.feeds = feeds;
		this.files = files;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/meetings/{id}.ics")
	ResponseEntity<byte[]> meeting(@PathVariable String id, @AuthenticationPrincipal @Nullable KringPrincipal me,
			WebRequest request) {
		Meeting meeting = MeetingController.readable(id, me, this.meetings, this.access);
		boolean shared = this.access.canRead(null, meeting);
		return CalendarResponses.of(request, meeting.title(), List.of(meeting), shared, true,
				() -> this.files.feed(meeting.title(), List.of(meeting), this.clock.instant()));
	}

	@GetMapping("/communities/{slug}/calendar.ics")
	ResponseEntity<byte[]> community(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			WebRequest request) {
		CommunitySummary community = this.communities.findBySlug(slug)
			.filter((found) -> this.communities.canRead(me, found.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Meeting> held = this.calendar.communityFeed(community.id(), this.clock.instant());
		boolean shared = community.visibility() == Visibility.PUBLIC;
		return CalendarResponses.of(request, community.slug(), held, shared, false,
				() -> this.files.feed(community.name(), held, this.clock.instant()));
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<byte[]> everything(WebRequest request) {
		List<Meeting> held = this.calendar.publicFeed(this.clock.instant());
		String name = this.messages.getMessage("calendar.feed.public", new Object[] { this.properties.name() },
				this.properties.defaultLanguage());
		return CalendarResponses.of(request, this.properties.name(), held, true, false,
				() -> this.files.feed(name, held, this.clock.instant()));
	}

	@GetMapping("/calendar/feeds/{token}.ics")
	ResponseEntity<byte[]> personal(@PathVariable String token, WebRequest request) {
		UUID person = this.feeds.ownerOf(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Meeting> held = this.calendar.personalFeed(person, this.clock.instant());
		String name = this.messages.getMessage("calendar.feed.personal", new Object[] { this.properties.name() },
				this.properties.defaultLanguage());
		return CalendarResponses.of(request, "my-meetings", held, false, false,
				() -> this.files.feed(name, held, this.clock.instant()));
	}

}
