package org.kring.community.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;

/**
 * The members of a community, as one member or administrator sees them: each shows only
 * what they chose to share.
 *
 * @param slug the community's slug
 * @param communityName its name in the reader's language
 * @param members the members on this page
 * @param total how many members there are
 * @param organisations whether the organisation column is shown: only when a module
 * provides organisations
 * @param expertise whether the expertise column is shown: only when a module provides
 * expertise
 * @param manages whether the reader manages the members (facilitator or administrator)
 * @param facilitates whether the reader is a facilitator, who may hand facilitation over
 * @param pagination where the page stands
 * @param problem why the last step was refused, if it was
 */
public record MembersPage(String slug, String communityName, List<Row> members, long total, boolean organisations,
		boolean expertise, boolean manages, boolean facilitates, Pagination pagination, @Nullable Problem problem) {

	public String path() {
		return "/communities/" + this.slug + "/members";
	}

	public List<CommunityRole> roles() {
		return List.of(CommunityRole.values());
	}

	/**
	 * One member.
	 *
	 * @param personId their id, for the management forms
	 * @param name their display name
	 * @param role their role
	 * @param email their address, when they share it
	 * @param organisation their organisation, when they share it and a module knows it
	 * @param expertise their expertise, when they share it and a module knows it
	 * @param me whether this is the reader
	 */
	public record Row(UUID personId, String name, CommunityRole role, @Nullable String email,
			@Nullable String organisation, @Nullable String expertise, boolean me) {

		public String formId() {
			return "member-" + this.personId;
		}

	}

}
