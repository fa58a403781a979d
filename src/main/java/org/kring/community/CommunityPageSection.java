package org.kring.community;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringPrincipal;

/**
 * A section another module adds to a community's page, such as its upcoming meetings,
 * latest results or discussions. Every bean of this type is asked, in {@link #order()},
 * each time someone who may read the whole community opens its page; a section with
 * nothing to show answers empty, and then no heading is shown either.
 */
public interface CommunityPageSection {

	/**
	 * Where the section goes on the page: lower comes first. Meetings use 100, results
	 * 200, discussions 300.
	 * @return the position
	 */
	int order();

	/**
	 * The section for one community and reader.
	 * @param community the community whose page is shown
	 * @param viewer the signed-in reader, or null for a visitor
	 * @param language the page's language
	 * @return the section, or empty to show nothing
	 */
	Optional<Section> section(CommunitySummary community, @Nullable KringPrincipal viewer, Locale language);

	/**
	 * One section of the page.
	 *
	 * @param id a short, unique id, used for the heading's anchor
	 * @param headingKey the message key of the section's heading
	 * @param template the jte template that renders the section's body, such as
	 * {@code meeting/community-upcoming.jte}; it takes {@code ctx} (the page context) and
	 * {@code model}
	 * @param model the template's model
	 */
	record Section(String id, String headingKey, String template, Object model) {
	}

}
