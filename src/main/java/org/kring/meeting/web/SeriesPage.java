package org.kring.meeting.web;

import java.time.DayOfWeek;
import java.util.List;

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

	public List<MeetingFormat> formats() {
		return List.of(MeetingFormat.values());
	}

	public List<DayOfWeek> weekdays() {
		return List.of(DayOfWeek.values());
	}

	public List<String> weeksOfMonth() {
		return List.of("1", "2", "3", "4", "-1");
	}

}
