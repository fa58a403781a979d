package org.kring.practice.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.PracticeDescription;
import org.kring.practice.internal.PracticeLink;
import org.kring.system.web.CleanText;

/**
 * The practice template as typed, or as a stored practice reads, every part kept as text
 * so that a refused form shows exactly what was sent.
 *
 * @param title the title
 * @param summary the summary
 * @param country the country code
 * @param region the region
 * @param fields the chosen field codes
 * @param targetGroups the chosen target groups
 * @param organisation the chosen organisation's id
 * @param organisationName a free organisation name
 * @param startYear the start year
 * @param stillRunning whether it still runs
 * @param context the context
 * @param objectives the objectives
 * @param activities the activities
 * @param results the results
 * @param evidence the evidence
 * @param resources resources and funding
 * @param transfer what others need to transfer it
 * @param contactName the contact's name
 * @param contactEmail the contact's address
 * @param contactVisibility who sees the contact
 * @param language the description's language
 * @param languages the languages it runs in
 * @param links the link rows
 * @param version the version the form was opened at, or null for a new practice
 */
public record PracticeForm(@Nullable String title, @Nullable String summary, @Nullable String country,
		@Nullable String region, List<String> fields, List<String> targetGroups, @Nullable String organisation,
		@Nullable String organisationName, @Nullable String startYear, boolean stillRunning, @Nullable String context,
		@Nullable String objectives, @Nullable String activities, @Nullable String results, @Nullable String evidence,
		@Nullable String resources, @Nullable String transfer, @Nullable String contactName,
		@Nullable String contactEmail, @Nullable String contactVisibility, @Nullable String language,
		List<String> languages, List<LinkRow> links, @Nullable Long version) {

	/** The most links a practice carries. */
	public static final int MAX_LINKS = 10;

	static PracticeForm empty(String language) {
		return new PracticeForm(null, null, null, null, List.of(), List.of(), null, null, null, true, null, null, null,
				null, null, null, null, null, null, "NOBODY", language, List.of(), List.of(), null);
	}

	static PracticeForm of(PracticeDescription d, long version) {
		return new PracticeForm(d.title(), d.summary(), d.country(), d.region(), List.copyOf(d.fields()),
				d.targetGroups().stream().map(Enum::name).toList(),
				(d.organisationId() != null) ? d.organisationId().toString() : null, d.organisationName(),
				(d.startYear() != null) ? d.startYear().toString() : null, d.stillRunning(), d.context(),
				d.objectives(), d.activities(), d.results(), d.evidence(), d.resources(), d.transfer(), d.contactName(),
				d.contactEmail(), d.contactVisibility().name(), d.language(), List.copyOf(d.languages()),
				d.links().stream().map(LinkRow::of).toList(), version);
	}

	static PracticeForm typed(HttpServletRequest request) {
		List<String> labels = values(request, "linkLabel");
		List<String> urls = values(request, "linkUrl");
		List<LinkRow> links = new ArrayList<>();
		for (int row = 0; row < Math.max(labels.size(), urls.size()); row++) {
			String label = (row < labels.size()) ? labels.get(row) : "";
			String url = (row < urls.size()) ? urls.get(row) : "";
			if (!label.isBlank() || !url.isBlank()) {
				links.add(new LinkRow(label.strip(), url.strip()));
			}
		}
		String version = value(request, "version");
		return new PracticeForm(value(request, "title"), value(request, "summary"), value(request, "country"),
				value(request, "region"), values(request, "field"), values(request, "targetGroup"),
				value(request, "organisation"), value(request, "organisationName"), value(request, "startYear"),
				request.getParameter("stillRunning") != null, value(request, "context"), value(request, "objectives"),
				value(request, "activities"), value(request, "results"), value(request, "evidence"),
				value(request, "resources"), value(request, "transfer"), value(request, "contactName"),
				value(request, "contactEmail"), value(request, "contactVisibility"), value(request, "language"),
				values(request, "languages"), links, parseVersion(version));
	}

	/**
	 * The long text typed for a part.
	 * @param part the part
	 * @return the text, or null
	 */
	public @Nullable String text(PracticePart part) {
		return part.of(this);
	}

	/**
	 * The link rows to show: those typed and empty ones to fill in, up to
	 * {@value #MAX_LINKS}.
	 * @return the rows
	 */
	public List<LinkRow> rows() {
		List<LinkRow> rows = new ArrayList<>(this.links);
		int wanted = Math.min(MAX_LINKS, Math.max(3, this.links.size() + 1));
		while (rows.size() < wanted) {
			rows.add(new LinkRow("", ""));
		}
		return rows;
	}

	PracticeForm atVersion(long current) {
		return new PracticeForm(this.title, this.summary, this.country, this.region, this.fields, this.targetGroups,
				this.organisation, this.organisationName, this.startYear, this.stillRunning, this.context,
				this.objectives, this.activities, this.results, this.evidence, this.resources, this.transfer,
				this.contactName, this.contactEmail, this.contactVisibility, this.language, this.languages, this.links,
				current);
	}

	private static @Nullable Long parseVersion(@Nullable String version) {
		try {
			return (version != null) ? Long.valueOf(version) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable String value(HttpServletRequest request, String name) {
		String value = CleanText.clean(request.getParameter(name));
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * Every value of a repeated field, cleaned; read from the request because binding one
	 * value to a list would split it at its commas.
	 */
	private static List<String> values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return (values != null)
				? Arrays.stream(values).map((value) -> Objects.requireNonNullElse(CleanText.clean(value), "")).toList()
				: List.of();
	}

	/**
	 * One link as typed.
	 *
	 * @param label its label
	 * @param url its address
	 */
	public record LinkRow(String label, String url) {

		static LinkRow of(PracticeLink link) {
			return new LinkRow(Objects.requireNonNullElse(link.label(), ""), link.url());
		}

	}

}
