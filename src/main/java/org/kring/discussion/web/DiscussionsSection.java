package org.kring.discussion.web;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityPageSection;
import org.kring.community.CommunitySummary;
import org.kring.system.KringPrincipal;
import org.springframework.stereotype.Component;

/**
 * The discussions section of a community's page: a link to its threads, shown to whoever
 * reads the community (who read at least its public threads).
 */
@Component
class DiscussionsSection implements CommunityPageSection {

	@Override
	public int order() {
		return 300;
	}

	@Override
	public Optional<Section> section(CommunitySummary community, @Nullable KringPrincipal viewer, Locale language) {
		return Optional.of(new Section("discussions", "discussion.section.heading", "discussion/section.jte",
				DiscussionPages.listPath(community)));
	}

}
