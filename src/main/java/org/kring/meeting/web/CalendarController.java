package org.kring.meeting.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityDraft;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingCalendar;
import org.kring.system.KringPrincipal;
import org.kring.system.KringProperties;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /calendar}: upcoming meetings across communities, as a list grouped by day or as
 * a month grid, filtered by community, theme and region. A visitor sees the public
 * meetings and the meetings of public communities; a signed-in reader also those of the
 * communities they read. A filter that cannot be read answers 422 with its message.
 */
@Controller
class CalendarController {

	static final String VIEW = "meeting/calendar/calendar";

	static final int PAGE_SIZE = 20;

	private final MeetingCalendar calendar;

	private final CommunityManagement communities;

	private final ZoneId zone;

	private final Clock clock;

	CalendarController(MeetingCalendar calendar, CommunityManagement communities, KringProperties properties,
			Clock clock) {
		this.calendar = calendar;
		this.communities = communities;
		this.zone = properties.timeZone();
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) @Nullable String view,
			@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String community,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String page, @AuthenticationPrincipal @Nullable KringPrincipal me,
			Model model, HttpServletResponse response) {
		CalendarQuery query = CalendarQuery.of(view, month, community, theme, region, page);
		Map<String, String> errors = new LinkedHashMap<>();
		List<CommunitySummary> readable = this.communities.readableBy(me);
		Map<UUID, CommunitySummary> byId = readable.stream()
			.collect(Collectors.toMap(CommunitySummary::id, Function.identity()));
		Map<UUID, List<CommunityDraft.Place>> places = this.communities.placesOf(byId.keySet());
		MeetingCalendar.Scope scope = scope(query, readable, places, errors);
		YearMonth shown = month(query, errors);
		List<CalendarPage.Day> days = List.of();
		List<List<CalendarPage.Day>> weeks = List.of();
		int pageNumber = query.page();
		int pages = 1;
		long total = 0;
		if (query.monthView()) {
			weeks = weeks(shown, entries(this.calendar.span(scope, query.theme(), start(shown.atDay(1).minusDays(1)),
					start(shown.atEndOfMonth().plusDays(2))), byId));
		}
		else {
			Instant from = this.clock.instant();
			Page<Meeting> found = this.calendar.page(scope, query.theme(), from, MeetingCalendar.FAR_FUTURE,
					pageNumber - 1, PAGE_SIZE);
			if (pageNumber > 1 && found.getContent().isEmpty() && found.getTotalPages() > 0) {
				pageNumber = found.getTotalPages();
				found = this.calendar.page(scope, query.theme(), from, MeetingCalendar.FAR_FUTURE, pageNumber - 1,
						PAGE_SIZE);
			}
			pages = Math.max(1, found.getTotalPages());
			total = found.getTotalElements();
			days = entries(found.getContent(), byId).entrySet()
				.stream()
				.map((day) -> new CalendarPage.Day(day.getKey(), true, day.getValue()))
				.toList();
		}
		List<CommunityDraft.Place> regions = places.values()
			.stream()
			.flatMap(List::stream)
			.distinct()
			.sorted(Comparator.comparing(CommunityDraft.Place::country).thenComparing(CommunityDraft.Place::region))
			.toList();
		if (!errors.isEmpty()) {
			response.setStatus(422);
		}
		model.addAttribute("page", new CalendarPage(query, errors, readable, regions, days, pageNumber, pages, total,
				shown, weeks, me != null));
		return VIEW;
	}

	private static MeetingCalendar.Scope scope(CalendarQuery query, List<CommunitySummary> readable,
			Map<UUID, List<CommunityDraft.Place>> places, Map<String, String> errors) {
		Set<UUID> chosen = MeetingCalendar.ids(readable);
		boolean withPublic = true;
		if (query.community() != null) {
			withPublic = false;
			chosen = readable.stream()
				.filter((summary) -> summary.slug().equals(query.community()))
				.map(CommunitySummary::id)
				.collect(Collectors.toSet());
			if (chosen.isEmpty()) {
				errors.put("community", "calendar.filter.community.unknown");
				return new MeetingCalendar.Scope(true, MeetingCalendar.ids(readable));
			}
		}
		if (query.region() != null) {
			withPublic = false;
			String wanted = query.region();
			Set<UUID> inRegion = places.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().stream().anyMatch((place) -> matches(place, wanted)))
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			if (inRegion.isEmpty()) {
				errors.put("region", "calendar.filter.region.unknown");
				return new MeetingCalendar.Scope(true, MeetingCalendar.ids(readable));
			}
			chosen = chosen.stream().filter(inRegion::contains).collect(Collectors.toSet());
		}
		return new MeetingCalendar.Scope(withPublic, chosen);
	}

	private static boolean matches(CommunityDraft.Place place, String wanted) {
		return CalendarPage.regionValue(place).equalsIgnoreCase(wanted) || place.country().equalsIgnoreCase(wanted);
	}

	private YearMonth month(CalendarQuery query, Map<String, String> errors) {
		YearMonth current = YearMonth.now(this.clock.withZone(this.zone));
		if (query.month() == null) {
			return current;
		}
		try {
			YearMonth asked = YearMonth.parse(query.month());
			if (asked.getYear() < 2000 || asked.getYear() > 2200) {
				errors.put("month", "calendar.month.invalid");
				return current;
			}
			return asked;
		}
		catch (DateTimeParseException ex) {
			errors.put("month", "calendar.month.invalid");
			return current;
		}
	}

	private Instant start(LocalDate date) {
		return date.atStartOfDay(this.zone).toInstant();
	}

	private static TreeMap<LocalDate, List<CalendarEntry>> entries(List<Meeting> meetings,
			Map<UUID, CommunitySummary> communities) {
		TreeMap<LocalDate, List<CalendarEntry>> byDay = new TreeMap<>();
		for (Meeting meeting : meetings) {
			byDay.computeIfAbsent(meeting.start().toLocalDate(), (date) -> new ArrayList<>())
				.add(CalendarEntry.of(meeting, communities.get(meeting.communityId())));
		}
		return byDay;
	}

	private static List<List<CalendarPage.Day>> weeks(YearMonth month, TreeMap<LocalDate, List<CalendarEntry>> byDay) {
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
		List<List<CalendarPage.Day>> weeks = new ArrayList<>();
		for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			List<CalendarPage.Day> week = new ArrayList<>();
			for (int offset = 0; offset < 7; offset++) {
				LocalDate date = monday.plusDays(offset);
				boolean inMonth = YearMonth.from(date).equals(month);
				week.add(
						new CalendarPage.Day(date, inMonth, inMonth ? byDay.getOrDefault(date, List.of()) : List.of()));
			}
			weeks.add(week);
		}
		return weeks;
	}

}
