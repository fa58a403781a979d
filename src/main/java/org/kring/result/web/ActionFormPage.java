package org.kring.result.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.result.internal.Action;
import org.kring.system.web.FormErrors;

/**
 * The form to put an action on the agenda or change it. When someone else saved the
 * action meanwhile it shows what they saved ({@link #stored()}) above the form, which
 * keeps what the reader typed and carries the version now stored.
 *
 * @param community the community
 * @param action the action being changed, or null for a new one
 * @param form the fields, as typed
 * @param members the members who may own it, by name
 * @param errors the problems
 * @param stored what someone else saved meanwhile, or null
 * @param view the names of the stored action's owners
 */
public record ActionFormPage(CommunitySummary community, @Nullable Action action, ActionForm form, List<Member> members,
		FormErrors errors, @Nullable Action stored, ActionView view) {

	/**
	 * Where the form is sent.
	 * @return the address
	 */
	public String path() {
		return (this.action != null) ? ActionView.path(this.action) + "/edit"
				: ActionAgendaPage.basePath(this.community) + "/new";
	}

	/**
	 * Where cancelling leads.
	 * @return the action, or the agenda for a new one
	 */
	public String back() {
		return (this.action != null) ? ActionView.path(this.action)
				: ActionAgendaPage.basePath(this.community) + "?year=" + this.form.year();
	}

	public boolean owns(Member member) {
		return this.form.owners().contains(member.id());
	}

	/**
	 * A member who may own the action.
	 *
	 * @param id the person's id
	 * @param name their name
	 */
	public record Member(String id, String name) {
	}

	/**
	 * The form's fields as typed.
	 *
	 * @param year the agenda's year
	 * @param title the title
	 * @param description the description
	 * @param dueOn the due date
	 * @param owners the chosen owners' ids
	 * @param version the action's version the form was opened on, or null for a new one
	 */
	public record ActionForm(@Nullable String year, @Nullable String title, @Nullable String description,
			@Nullable String dueOn, Set<String> owners, @Nullable Long version) {

		static ActionForm of(Action action) {
			return new ActionForm(Integer.toString(action.agendaYear()), action.title(), action.description(),
					(action.dueOn() != null) ? action.dueOn().toString() : null,
					action.owners().stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new)),
					action.version());
		}

		ActionForm atVersion(long version) {
			return new ActionForm(this.year, this.title, this.description, this.dueOn, this.owners, version);
		}

	}

}
