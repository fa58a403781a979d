package org.kring.practice.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.ContactVisibility;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeDescription;
import org.kring.practice.internal.PracticeRow;

/**
 * A published practice as the JSON API gives it; the contact only when its submitter made
 * it public.
 *
 * @param id the practice
 * @param url its page
 * @param title its title
 * @param summary its summary
 * @param country its country code
 * @param startYear the year it started
 * @param language the language of its description
 * @param fields its expertise field codes
 * @param publishedAt when it was published
 * @param detail the rest of the template, only for one practice
 */
public record PracticeJson(UUID id, String url, String title, @Nullable String summary, @Nullable String country,
		@Nullable Integer startYear, String language, List<String> fields, @Nullable Instant publishedAt,
		@Nullable Detail detail) {

	static PracticeJson of(PracticeRow row, String baseUrl) {
		return new PracticeJson(row.id(), baseUrl + row.path(), row.title(), row.summary(), row.country(),
				row.startYear(), row.language(), row.fields(), row.publishedAt(), null);
	}

	static PracticeJson of(Practice practice, String baseUrl) {
		PracticeDescription d = practice.description();
		boolean contact = d.contactVisibility() == ContactVisibility.PUBLIC;
		Detail detail = new Detail(d.region(), d.targetGroups().stream().map(Enum::name).sorted().toList(),
				d.organisationName(), d.stillRunning(), d.context(), d.objectives(), d.activities(), d.results(),
				d.evidence(), d.resources(), d.transfer(), contact ? d.contactName() : null,
				contact ? d.contactEmail() : null, d.languages().stream().sorted().toList(),
				d.links().stream().map((link) -> link.url()).toList(), practice.evaluationSummary());
		return new PracticeJson(practice.id(), baseUrl + PracticePaths.show(practice.id()), d.title(), d.summary(),
				d.country(), d.startYear(), d.language(), d.fields().stream().sorted().toList(), practice.publishedAt(),
				detail);
	}

	/**
	 * The rest of the template.
	 *
	 * @param region the region
	 * @param targetGroups the target groups
	 * @param organisationName the running organisation, when typed freely
	 * @param stillRunning whether it still runs
	 * @param context the context
	 * @param objectives the objectives
	 * @param activities the activities
	 * @param results the results
	 * @param evidence the evidence
	 * @param resources resources and funding
	 * @param transfer what others need to transfer it
	 * @param contactName the contact, only when public
	 * @param contactEmail the contact's address, only when public
	 * @param languages the languages it runs in
	 * @param links its links
	 * @param evaluationSummary the summary of its evaluation
	 */
	public record Detail(@Nullable String region, List<String> targetGroups, @Nullable String organisationName,
			boolean stillRunning, @Nullable String context, @Nullable String objectives, @Nullable String activities,
			@Nullable String results, @Nullable String evidence, @Nullable String resources, @Nullable String transfer,
			@Nullable String contactName, @Nullable String contactEmail, List<String> languages, List<String> links,
			@Nullable String evaluationSummary) {
	}

}
