package org.kring.community.web;

import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.kring.community.CommunityPageSection;
import org.kring.community.internal.CommunityDetail;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.web.PageContext;

/**
 * A community's page: its description as the reader may see it, how to join, and the
 * sections other modules add.
 *
 * @param community what the reader may see of the community
 * @param partners the partner organisations
 * @param join the how-to-join panel
 * @param sections the other modules' sections that have something to show, in order
 * @param templates renders those sections' own templates
 */
public record CommunityPage(CommunityDetail community, List<OrganisationSummary> partners, JoinPanel join,
		List<CommunityPageSection.Section> sections, TemplateEngine templates) {

	/**
	 * A section's body, rendered by its module's template.
	 * @param section the section
	 * @param ctx the page context, passed on to the template
	 * @return the body
	 */
	public Content body(CommunityPageSection.Section section, PageContext ctx) {
		return (output) -> this.templates.render(section.template(), Map.of("ctx", ctx, "model", section.model()),
				output);
	}

	/**
	 * Whether the page shows the facts list (themes, places, languages, facilitators).
	 * @return true when any of them is known
	 */
	public boolean hasFacts() {
		return !this.community.themes().isEmpty() || !this.community.places().isEmpty()
				|| !this.community.languages().isEmpty() || !this.community.facilitators().isEmpty();
	}

}
