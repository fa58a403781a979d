package org.kring.practice.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.PracticeDescription;
import org.kring.practice.internal.PracticeFile;
import org.kring.practice.internal.PracticeState;
import org.kring.practice.internal.PracticeStateChange;
import org.kring.system.web.Markdown;
import org.kring.system.web.PageContext;

/**
 * A good practice's page.
 *
 * @param id the practice
 * @param description what its submitter wrote
 * @param state where it is
 * @param country the country's name in the reader's language, or null
 * @param fields the expertise fields' names
 * @param organisation the running organisation's name and page, or null
 * @param languages the names of the languages it runs in
 * @param language the name of the description's language
 * @param history its dated states, empty for those who do not follow its review
 * @param showContact whether the reader sees the contact
 * @param files its files
 * @param mayEdit whether the reader changes and submits it
 * @param evaluationSummary the coordinator's summary, once published
 * @param sections the other parts of the module's sections, in order
 * @param templates renders those sections' own templates
 */
public record PracticePage(UUID id, PracticeDescription description, PracticeState state, @Nullable String country,
		List<String> fields, @Nullable Organisation organisation, List<String> languages, String language,
		List<PracticeStateChange> history, boolean showContact, List<PracticeFile> files, boolean mayEdit,
		@Nullable String evaluationSummary, List<PracticePageSection.Section> sections, TemplateEngine templates) {

	/**
	 * A long part of the description as safe HTML.
	 * @param part the part
	 * @return the part rendered from Markdown, empty when it was left out
	 */
	public String html(PracticePart part) {
		String text = part.of(this.description);
		return (text != null) ? Markdown.toHtml(text) : "";
	}

	/**
	 * A date as the reader writes it.
	 * @param instant the moment
	 * @param locale the reader's language
	 * @return such as "21 Nov 2026"
	 */
	public static String date(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(locale)
			.format(instant.atZone(ZoneOffset.UTC));
	}

	/** Whether the contact is there to show to this reader. */
	public boolean hasContact() {
		return this.showContact && (this.description.contactName() != null || this.description.contactEmail() != null);
	}

	/**
	 * A section's body, rendered by its own template.
	 * @param section the section
	 * @param ctx the page context, passed on to the template
	 * @return the body
	 */
	public Content body(PracticePageSection.Section section, PageContext ctx) {
		return (output) -> this.templates.render(section.template(), Map.of("ctx", ctx, "model", section.model()),
				output);
	}

	/**
	 * The running organisation.
	 *
	 * @param name its name
	 * @param path its page in the register, or null for a name typed freely
	 */
	public record Organisation(String name, @Nullable String path) {
	}

}
