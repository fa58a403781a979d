package org.kring.community.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The history of a community's memberships, for its facilitators and administrators.
 *
 * @param slug the community's slug
 * @param communityName its name in the reader's language
 * @param entries the changes on this page, newest first
 * @param pagination where the page stands
 */
public record HistoryPage(String slug, String communityName, List<Entry> entries, Pagination pagination) {

	public String membersPath() {
		return "/communities/" + this.slug + "/members";
	}

	/**
	 * One change.
	 *
	 * @param kindKey the message key of what happened
	 * @param actor who did it, or null when nobody (or an erased person) did
	 * @param subject whose membership: a name or an invited address, or null
	 * @param roleKey the message key of the role concerned, or null
	 * @param at when, as date and time
	 */
	public record Entry(String kindKey, @Nullable String actor, @Nullable String subject, @Nullable String roleKey,
			String at) {
	}

}
