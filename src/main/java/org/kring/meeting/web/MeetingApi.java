package org.kring.meeting.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.CalendarFiles;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingAccess;
import org.kring.meeting.internal.MeetingCalendar;
import org.kring.meeting.internal.Meetings;
import org.kring.system.KringProperties;
import org.kring.system.api.ApiController;
import org.kring.system.api.ApiPage;
import org.kring.system.api.ApiPaging;
import org.kring.system.api.ApiProblem;
import org.springframework.data.domain.Page;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Meetings as JSON at {@code /api/v1/meetings}: what a visitor sees, whoever asks (public
 * meetings and the meetings of public communities), never an online link. Without
 * {@code from} the list starts today; dates are days in the instance's time zone, both
 * ends included. Paging and errors as every API of Kring's.
 */
@ApiController
class MeetingApi {

	static final String PATH = "/api/v1/meetings";

	private final MeetingCalendar calendar;

	private final CommunityManagement communities;

	private final Meetings meetings;

	private final MeetingAccess access;

	private final ZoneId zone;

	private final CalendarFiles files;

	private final Clock clock;

	MeetingApi(MeetingCalendar calendar, CommunityManagement communities, Meetings meetings, MeetingAccess access,
			CalendarFiles files, KringProperties properties, Clock clock) {
		this.calendar = calendar;
		this.communities = communities;
		this.meetings = meetings;
		this.access = access;
		this.zone = properties.timeZone();
		this.files = files;
		this.clock = clock;
	}

	@GetMapping(PATH)
	@Transactional(readOnly = true)
	ApiPage<MeetingJson> list(@RequestParam(required = false) @Nullable String community,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		ApiPaging paging = ApiPaging.of(page, size);
		LocalDate first = date("from", from);
		LocalDate last = date("to", to);
		if (first != null && last != null && last.isBefore(first)) {
			throw ApiProblem.badParameter("to", "The parameter 'to' must not come before 'from'");
		}
		Map<UUID, CommunitySummary> readable = this.communities.readableBy(null)
			.stream()
			.collect(Collectors.toMap(CommunitySummary::id, Function.identity()));
		MeetingCalendar.Scope scope = new MeetingCalendar.Scope(true, readable.keySet());
		if (community != null && !community.isBlank()) {
			CommunitySummary chosen = readable.values()
				.stream()
				.filter((summary) -> summary.slug().equals(community.strip()))
				.findFirst()
				.orElseThrow(() -> ApiProblem.notFound("There is no public community at '" + community + "'"));
			scope = new MeetingCalendar.Scope(false, Set.of(chosen.id()));
		}
		Instant start = (first != null) ? first.atStartOfDay(this.zone).toInstant()
				: LocalDate.now(this.clock.withZone(this.zone)).atStartOfDay(this.zone).toInstant();
		Instant until = (last != null) ? last.plusDays(1).atStartOfDay(this.zone).toInstant()
				: MeetingCalendar.FAR_FUTURE;
		Page<Meeting> found = this.calendar.page(scope, null, start, until, paging.page() - 1, paging.size());
		List<MeetingJson> items = found.getContent()
			.stream()
			.map((meeting) -> MeetingJson.of(meeting, readable.get(meeting.communityId()), this.files))
			.toList();
		return paging.page(items, found.getTotalElements());
	}

	@GetMapping(PATH + "/{id}")
	@Transactional(readOnly = true)
	MeetingJson show(@PathVariable String id) {
		Meeting meeting;
		try {
			meeting = MeetingController.readable(id, null, this.meetings, this.access);
		}
		catch (ResponseStatusException ex) {
			throw ApiProblem.notFound("There is no public meeting with id '" + id + "'");
		}
		CommunitySummary community = this.communities.canRead(null, meeting.communityId())
				? this.communities.find(meeting.communityId()).orElse(null) : null;
		return MeetingJson.of(meeting, community, this.files);
	}

	private static @Nullable LocalDate date(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.getYear() < 1900 || date.getYear() > 9000) {
				throw ApiProblem.badParameter(name, "The parameter '" + name + "' is out of range");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw ApiProblem.badParameter(name, "The parameter '" + name + "' must be a date as YYYY-MM-DD");
		}
	}

}
