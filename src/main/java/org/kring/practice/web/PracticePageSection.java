package org.kring.practice.web;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.Practice;
import org.kring.system.KringPrincipal;

/**
 * A section of a practice's page beyond its description, such as its evaluation or its
 * reviewers. Every bean of this type is asked, in {@link #order()}, each time someone who
 * may read the practice opens its page; a section with nothing to show answers empty.
 */
public interface PracticePageSection {

	/**
	 * Where the section goes, after the description: lower comes first. The evaluation
	 * uses 100, the reviewers and their progress 200.
	 * @return the position
	 */
	int order();

	/**
	 * The section for one practice and reader.
	 * @param practice the practice shown
	 * @param viewer the signed-in reader, or null for a visitor
	 * @param language the page's language
	 * @return the section, or empty to show nothing
	 */
	Optional<Section> section(Practice practice, @Nullable KringPrincipal viewer, Locale language);

	/**
	 * One section of the page.
	 *
	 * @param id a short, unique id, used for the heading's anchor
	 * @param headingKey the message key of the section's heading
	 * @param template the jte template that renders the section's body, such as
	 * {@code practice/evaluation.jte}; it takes {@code ctx} (the page context) and
	 * {@code model}
	 * @param model the template's model
	 */
	record Section(String id, String headingKey, String template, Object model) {
	}

}
