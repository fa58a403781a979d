package org.kring.meeting.web;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.MeetingFormat;
import org.kring.system.web.FormErrors;

/**
 * A series: new, or shown with its upcoming meetings and the form that changes it.
 *
 * @param community the community
 * @param title the series' title, or null for a new one
 * @param form what was typed
 * @param errors the problems
 * @param action where the form posts to
 * @param upcoming the series' upcoming meetings, empty for a new one
 */
public record SeriesPage(CommunitySummary community, @Nullable String title, SeriesForm form, FormErrors errors,
		String action, List<MeetingRow> upcoming) {

	public boolean isNew() {
		return this.title == null;
	}

	public List<Choice> formats() {
		return formatChoices();
	}

	static List<Choice> formatChoices() {
		return Arrays.stream(MeetingFormat.values())
			.map((format) -> new Choice(format.name(), "meeting.format." + format.name()))
			.toList();
	}

	public List<DayOfWeek> weekdays() {
		return List.of(DayOfWeek.values());
	}

	public List<Choice> weeksOfMonth() {
		return Stream.of("1", "2", "3", "4", "-1")
			.map((week) -> new Choice(week, "meetingplan.series.week." + week))
			.toList();
	}

}
