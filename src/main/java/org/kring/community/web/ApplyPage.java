package org.kring.community.web;

import org.kring.system.web.FormErrors;

/**
 * The page on which a person applies to a community.
 *
 * @param slug the community's slug
 * @param communityName its name in the reader's language
 * @param form what was typed
 * @param errors the problems to show next to the field
 * @param maxLength the longest motivation
 */
public record ApplyPage(String slug, String communityName, ApplyForm form, FormErrors errors, int maxLength) {

	public String action() {
		return "/communities/" + this.slug + "/apply";
	}

}
