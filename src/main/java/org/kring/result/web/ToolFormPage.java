package org.kring.result.web;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.system.web.FormErrors;

/**
 * The form to add a tool to a community's toolbox or to edit one.
 *
 * @param community the community
 * @param action where the form posts to
 * @param deletePath where the tool is removed, or null for a new tool
 * @param form the form as typed
 * @param errors its problems
 */
public record ToolFormPage(CommunitySummary community, String action, @Nullable String deletePath, ToolForm form,
		FormErrors errors) {

	public String toolboxPath() {
		return ToolboxPaths.tools(this.community);
	}

	public boolean editing() {
		return this.deletePath != null;
	}

	/**
	 * The message key of a link row's problem.
	 * @param field {@code linkLabel} or {@code linkUrl}
	 * @param row the row, from 0
	 * @return the key, or null
	 */
	public @Nullable String problem(String field, int row) {
		return this.errors.of(field + "-" + row);
	}

}
