package org.kring.result.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.MeetingTitles;
import org.kring.result.internal.Action;

/**
 * What the agenda and an action's page show of an action besides the action itself: the
 * names of its owners, the meeting it came from, whether it is overdue.
 *
 * @param names people's names by id, for at least the action's owners
 * @param meetings the meetings actions came from, by id
 * @param today the day in the instance's clock
 */
public record ActionView(Map<UUID, String> names, Map<UUID, MeetingTitles.Titled> meetings, LocalDate today) {

	/**
	 * The names of an action's owners, alphabetically.
	 * @param action the action
	 * @return the names, none when it has no owner
	 */
	public List<String> owners(Action action) {
		return action.owners().stream().map(this::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	public String name(UUID person) {
		return this.names.getOrDefault(person, "");
	}

	/**
	 * The meeting an action came from.
	 * @param action the action
	 * @return the meeting, or null when it was written directly or the meeting is gone
	 */
	public MeetingTitles.@Nullable Titled meeting(Action action) {
		UUID meeting = action.origin().meetingId();
		return (meeting != null) ? this.meetings.get(meeting) : null;
	}

	public boolean overdue(Action action) {
		return action.overdueOn(this.today);
	}

	/**
	 * Whether to mark an action as needing an owner: an open one without owners.
	 * @param action the action
	 * @return true when someone should take it on
	 */
	public boolean needsOwner(Action action) {
		return action.status().open() && (action.needsOwner() || action.owners().isEmpty());
	}

	/**
	 * A day, as the reader's language writes it.
	 * @param day the day, or null
	 * @param locale the reader's language
	 * @return the day, or an empty text
	 */
	public static String date(@Nullable LocalDate day, Locale locale) {
		return (day != null) ? day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))
				: "";
	}

	/**
	 * An action's address.
	 * @param action the action
	 * @return such as {@code /actions/…}
	 */
	public static String path(Action action) {
		return "/actions/" + action.id();
	}

}
