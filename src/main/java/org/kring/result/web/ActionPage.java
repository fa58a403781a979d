package org.kring.result.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.result.internal.Action;
import org.kring.result.internal.ActionUpdate;
import org.kring.system.web.FormErrors;

/**
 * One action with its progress updates, the newest first; for its owners and the
 * community's facilitators the forms to report progress and change its status.
 *
 * @param community the action's community
 * @param action the action
 * @param updates its updates, the newest first
 * @param view owners' and writers' names, the meeting and the day
 * @param reporter whether the reader reports progress and changes the status
 * @param facilitator whether the reader changes the action itself
 * @param report the progress form, as typed
 * @param dropReason the reason for dropping, as typed
 * @param errors the problems of the form that was sent
 */
public record ActionPage(CommunitySummary community, Action action, List<ActionUpdate> updates, ActionView view,
		boolean reporter, boolean facilitator, ReportForm report, @Nullable String dropReason, FormErrors errors) {

	public String path() {
		return ActionView.path(this.action);
	}

	public String agendaPath() {
		return ActionAgendaPage.basePath(this.community) + "?year=" + this.action.agendaYear();
	}

	/**
	 * Whether the status and progress forms are shown: to a reporter, while it is open.
	 * @return true when they are
	 */
	public boolean forms() {
		return this.reporter && this.action.status().open();
	}

	/**
	 * The progress form as typed.
	 *
	 * @param updateOn the day
	 * @param text what happened
	 * @param percentage how far along
	 */
	public record ReportForm(@Nullable String updateOn, @Nullable String text, @Nullable String percentage) {
	}

}
