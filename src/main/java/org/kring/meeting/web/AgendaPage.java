package org.kring.meeting.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.AgendaQueries.MeetingChoice;
import org.kring.meeting.internal.AgendaRow;
import org.kring.meeting.internal.ThemeState;
import org.kring.system.web.FormErrors;

/**
 * A community's theme agenda: the proposed themes ranked by support, the themes scheduled
 * onto or done by a meeting, and the merged and declined ones.
 *
 * @param community the community
 * @param themes every theme, the most supported first
 * @param supported the themes the reader supports
 * @param names the proposers' names by person id
 * @param member whether the reader may propose and support themes
 * @param planner whether the reader may schedule, merge and decline themes
 * @param meetings the meetings a theme may be scheduled onto, for a planner
 * @param proposal the proposal form, as typed
 * @param errors the proposal form's problems
 * @param action what was typed for one theme's action, with its problems
 */
public record AgendaPage(CommunitySummary community, List<AgendaRow> themes, Set<UUID> supported,
		Map<UUID, String> names, boolean member, boolean planner, List<MeetingChoice> meetings, ProposalForm proposal,
		FormErrors errors, ThemeAction action) {

	/**
	 * The agenda's address.
	 * @return such as {@code /communities/gent/agenda}
	 */
	public String path() {
		return "/communities/" + this.community.slug() + "/agenda";
	}

	/**
	 * The address of an action on one theme.
	 * @param theme the theme
	 * @param action such as {@code support}
	 * @return the path
	 */
	public String path(AgendaRow theme, String action) {
		return path() + "/" + theme.id() + "/" + action;
	}

	public List<AgendaRow> proposed() {
		return in(ThemeState.PROPOSED);
	}

	/**
	 * The scheduled themes, the soonest meeting first, then the done ones.
	 * @return the themes with a meeting
	 */
	public List<AgendaRow> planned() {
		return this.themes.stream()
			.filter((theme) -> theme.state() == ThemeState.SCHEDULED || theme.state() == ThemeState.DONE)
			.sorted(Comparator.comparing((AgendaRow theme) -> theme.state())
				.thenComparing((theme) -> theme.meetingStart(), Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * The merged themes, then the declined ones.
	 * @return the themes that left the agenda
	 */
	public List<AgendaRow> settled() {
		return this.themes.stream()
			.filter((theme) -> theme.state() == ThemeState.MERGED || theme.state() == ThemeState.DECLINED)
			.sorted(Comparator.comparing(AgendaRow::state))
			.toList();
	}

	/**
	 * The themes another one may be merged into.
	 * @param theme the one to merge
	 * @return the other proposed themes
	 */
	public List<AgendaRow> mergeTargets(AgendaRow theme) {
		return proposed().stream().filter((other) -> !other.id().equals(theme.id())).toList();
	}

	public boolean supports(AgendaRow theme) {
		return this.supported.contains(theme.id());
	}

	public String proposer(AgendaRow theme) {
		return this.names.getOrDefault(theme.proposedBy(), "");
	}

	/**
	 * When a theme's meeting starts, briefly, in the reader's language.
	 * @param theme a scheduled or done theme
	 * @param locale the reader's language
	 * @return the moment, or an empty text
	 */
	public String meetingWhen(AgendaRow theme, Locale locale) {
		return (theme.meetingStart() != null) ? MeetingTimes.brief(theme.meetingStart(), locale) : "";
	}

	public String when(MeetingChoice meeting, Locale locale) {
		return MeetingTimes.brief(meeting.start(), locale);
	}

	/**
	 * The message key of a problem with an action on one theme.
	 * @param theme the theme
	 * @param field the action's field, such as {@code declineReason}
	 * @return the key, or null when there is none
	 */
	public @Nullable String problem(AgendaRow theme, String field) {
		return theme.id().equals(this.action.theme()) ? this.action.errors().of(field) : null;
	}

	/**
	 * What was typed into a field of an action on one theme, kept after a problem.
	 * @param theme the theme
	 * @param field {@code meeting}, {@code into} or {@code declineReason}
	 * @return the value, or null
	 */
	public @Nullable String typed(AgendaRow theme, String field) {
		return theme.id().equals(this.action.theme()) ? this.action.values().get(field) : null;
	}

	private List<AgendaRow> in(ThemeState state) {
		return this.themes.stream().filter((theme) -> theme.state() == state).toList();
	}

	/**
	 * The proposal form as typed.
	 *
	 * @param title the title
	 * @param reason why it matters
	 * @param link a practice or signal
	 */
	public record ProposalForm(@Nullable String title, @Nullable String reason, @Nullable String link) {

		static final ProposalForm EMPTY = new ProposalForm(null, null, null);

	}

	/**
	 * What was typed for an action on one theme, and its problems.
	 *
	 * @param theme the theme, or null when no action failed
	 * @param values the fields as typed
	 * @param errors the problems
	 */
	public record ThemeAction(@Nullable UUID theme, Map<String, String> values, FormErrors errors) {

		static final ThemeAction NONE = new ThemeAction(null, Map.of(), FormErrors.none());

	}

}
