package org.kring.meeting.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityPageSection;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.AgendaQueries;
import org.kring.meeting.internal.AgendaRow;
import org.kring.system.KringPrincipal;
import org.springframework.stereotype.Component;

/**
 * The theme agenda's section of a community's page: the three proposed themes with most
 * support and a link to the whole agenda. Shown to whoever reads the community, as the
 * community page asks only them.
 */
@Component
public class AgendaSection implements CommunityPageSection {

	static final int SHOWN = 3;

	private final AgendaQueries queries;

	AgendaSection(AgendaQueries queries) {
		this.queries = queries;
	}

	@Override
	public int order() {
		return 150;
	}

	@Override
	public Optional<Section> section(CommunitySummary community, @Nullable KringPrincipal viewer, Locale language) {
		return Optional.of(new Section("agenda", "agenda.section.heading", "meeting/community-agenda.jte",
				new TopThemes(community.slug(), this.queries.topProposed(community.id(), SHOWN))));
	}

	/**
	 * What the section shows.
	 *
	 * @param slug the community's slug
	 * @param themes the proposed themes with most support
	 */
	public record TopThemes(String slug, List<AgendaRow> themes) {

		public String agendaPath() {
			return "/communities/" + this.slug + "/agenda";
		}

	}

}
