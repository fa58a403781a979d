package org.kring.result.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.MeetingTitles;
import org.kring.organisation.OrganisationSummary;
import org.kring.result.internal.LegislationTest;
import org.kring.system.web.FormErrors;
import org.kring.system.web.Markdown;

/**
 * One entry of a community's legislation register, with, for a facilitator, the form to
 * turn it into a signal.
 *
 * @param community the community
 * @param entry the entry
 * @param meeting the meeting it came from, or null
 * @param facilitator whether the reader edits it and turns it into a signal
 * @param authorities the organisations of a government kind a signal may address
 * @param signal the signal form as typed
 * @param errors the signal form's problems
 */
public record LegislationEntryPage(CommunitySummary community, LegislationTest entry,
		MeetingTitles.@Nullable Titled meeting, boolean facilitator, List<OrganisationSummary> authorities,
		SignalForm signal, FormErrors errors) {

	public String registerPath() {
		return ToolboxPaths.legislationTests(this.community);
	}

	public String path() {
		return "/legislation-tests/" + this.entry.id();
	}

	public String editPath() {
		return path() + "/edit";
	}

	public String signalAction() {
		return path() + "/signal";
	}

	public @Nullable String signalPath() {
		return (this.entry.signalId() != null) ? "/signals/" + this.entry.signalId() : null;
	}

	public String finding() {
		return (this.entry.finding() != null) ? Markdown.toHtml(this.entry.finding()) : "";
	}

	public String recommendation() {
		return (this.entry.recommendation() != null) ? Markdown.toHtml(this.entry.recommendation()) : "";
	}

	public boolean chosen(OrganisationSummary authority) {
		return authority.id().toString().equals(this.signal.authority());
	}

	/**
	 * The signal form as typed.
	 *
	 * @param authority the organisation chosen, as its id, or null
	 * @param office the office named, or null
	 */
	public record SignalForm(@Nullable String authority, @Nullable String office) {

		static final SignalForm EMPTY = new SignalForm(null, null);

		@Nullable UUID organisationId() {
			try {
				return (this.authority == null || this.authority.isBlank()) ? null
						: UUID.fromString(this.authority.strip());
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}
