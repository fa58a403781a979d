package org.kring.expertise.web;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityPageSection;
import org.kring.community.CommunitySummary;
import org.kring.expertise.internal.Nominators;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Component;

/**
 * The experts section of a community's page: its members reach the coverage of expertise
 * fields by partner organisation, and those who recruit for it also the recruitment
 * board. Visitors and readers who are not members see no section.
 */
@Component
public class ExpertsSection implements CommunityPageSection {

	private final CommunityManagement communities;

	private final Nominators nominators;

	ExpertsSection(CommunityManagement communities, Nominators nominators) {
		this.communities = communities;
		this.nominators = nominators;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public Optional<Section> section(CommunitySummary community, @Nullable KringPrincipal viewer, Locale language) {
		if (viewer == null) {
			return Optional.empty();
		}
		boolean recruits = this.nominators.mayNominate(viewer, community.id());
		if (!recruits && this.communities.roleOf(viewer.id(), community.id()).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Section("experts", "recruitment.section.heading", "expertise/community-experts.jte",
				new Links(community.slug(), recruits)));
	}

	/**
	 * The links the section shows.
	 *
	 * @param slug the community's slug
	 * @param recruits whether the reader may see the recruitment board
	 */
	public record Links(String slug, boolean recruits) {

		/**
		 * The community's coverage matrix.
		 * @return the path
		 */
		public String coveragePath() {
			return "/experts/coverage?community=" + this.slug;
		}

		/**
		 * The community's recruitment board.
		 * @return the path
		 */
		public String boardPath() {
			return "/communities/" + this.slug + "/recruitment";
		}

	}

}
