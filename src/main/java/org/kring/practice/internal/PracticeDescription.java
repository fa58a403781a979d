package org.kring.practice.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A practice as its submitter describes it with the template; everything may be missing
 * in a draft but the title.
 *
 * @param title what it is called
 * @param summary what it does, in a few sentences
 * @param country where it runs, ISO 3166 alpha-2
 * @param region the region or city within the country
 * @param fields the expertise fields it works in, by code
 * @param targetGroups the people it works with
 * @param organisationId the organisation running it, when it is in the organisation
 * register
 * @param organisationName the organisation running it, when it is not
 * @param startYear the year it started
 * @param stillRunning whether it still runs
 * @param context the situation it answers
 * @param objectives what it wants to achieve
 * @param activities what it does
 * @param results what it achieved
 * @param evidence how the results are known
 * @param resources the people, money and funding it takes
 * @param transfer what others need to do the same elsewhere
 * @param contactName who to ask about it
 * @param contactEmail their address
 * @param contactVisibility who sees the contact
 * @param language the language the description is written in
 * @param languages the languages the practice runs in
 * @param links where more is found
 */
public record PracticeDescription(String title, @Nullable String summary, @Nullable String country,
		@Nullable String region, Set<String> fields, Set<TargetGroup> targetGroups, @Nullable UUID organisationId,
		@Nullable String organisationName, @Nullable Integer startYear, boolean stillRunning, @Nullable String context,
		@Nullable String objectives, @Nullable String activities, @Nullable String results, @Nullable String evidence,
		@Nullable String resources, @Nullable String transfer, @Nullable String contactName,
		@Nullable String contactEmail, ContactVisibility contactVisibility, String language, Set<String> languages,
		List<PracticeLink> links) {

	public PracticeDescription {
		fields = Set.copyOf(fields);
		targetGroups = Set.copyOf(targetGroups);
		languages = Set.copyOf(languages);
		links = List.copyOf(links);
	}

	/**
	 * What submitting still needs: the names of the template's parts that are missing.
	 * @return such as {@code summary} and {@code fields}; empty when it may be submitted
	 */
	public List<String> missingForSubmission() {
		var missing = new java.util.ArrayList<String>();
		if (blank(this.summary)) {
			missing.add("summary");
		}
		if (blank(this.country)) {
			missing.add("country");
		}
		if (this.fields.isEmpty()) {
			missing.add("fields");
		}
		if (this.targetGroups.isEmpty()) {
			missing.add("targetGroups");
		}
		if (this.organisationId == null && blank(this.organisationName)) {
			missing.add("organisation");
		}
		if (blank(this.activities)) {
			missing.add("activities");
		}
		return List.copyOf(missing);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
