package org.kring.practice;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.ContactVisibility;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeDescription;
import org.kring.practice.internal.Practices;
import org.kring.practice.internal.TargetGroup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practices put in by the instance itself (demo data, imports of an earlier database),
 * each step dated when it happened. Nothing is mailed and no event is published: this is
 * history, not news.
 */
@Service
public class PracticeRecords {

	private final Practices practices;

	private final JdbcClient jdbc;

	PracticeRecords(Practices practices, JdbcClient jdbc) {
		this.practices = practices;
		this.jdbc = jdbc;
	}

	/**
	 * Whether a practice with this title exists already.
	 * @param title the title
	 * @return true when it does
	 */
	@Transactional(readOnly = true)
	public boolean exists(String title) {
		return this.jdbc.sql("select count(*) from practice where title = ?")
			.param(title)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Records a practice as far as it got.
	 * @param practice what it says
	 * @param submitter who wrote it
	 * @param coordinator who moved it on, for one that went beyond submission
	 * @param reached how far it got: {@code DRAFT}, {@code SUBMITTED} or
	 * {@code PUBLISHED}
	 * @param written when it was written; later steps follow a week apart
	 * @return the practice's id
	 */
	@Transactional
	public UUID record(Recorded practice, UUID submitter, UUID coordinator, String reached, Instant written) {
		PracticeDescription description = new PracticeDescription(practice.title(), practice.summary(),
				practice.country(), practice.region(), practice.fields(),
				practice.targetGroups().stream().map(TargetGroup::valueOf).collect(java.util.stream.Collectors.toSet()),
				null, practice.organisationName(), practice.startYear(), true, practice.context(), null,
				practice.activities(), practice.results(), null, null, practice.transfer(), null, null,
				ContactVisibility.NOBODY, practice.language(), practice.languages(), List.of());
		Practice recorded = Practice.draft(description, submitter, written);
		if (!"DRAFT".equals(reached)) {
			recorded.submit(submitter, written.plusSeconds(3600));
		}
		if ("PUBLISHED".equals(reached)) {
			recorded.startReview(coordinator, written.plusSeconds(7 * 86400));
			recorded.publish("The reviewers found it relevant and well worth transferring.", coordinator,
					written.plusSeconds(14 * 86400));
		}
		return this.practices.save(recorded).id();
	}

	/**
	 * A practice as recorded.
	 *
	 * @param title its title
	 * @param summary its summary
	 * @param country its country code
	 * @param region its region or city
	 * @param fields its expertise field codes
	 * @param targetGroups its target groups, by name (WOMEN, YOUNG_PEOPLE, REFUGEES,
	 * ASYLUM_SEEKERS, UNDOCUMENTED, FAMILIES, OTHERS)
	 * @param organisationName the organisation running it
	 * @param startYear the year it started
	 * @param context its context
	 * @param activities its activities
	 * @param results its results
	 * @param transfer what others need to transfer it
	 * @param language the language of the description
	 * @param languages the languages it runs in
	 */
	public record Recorded(String title, String summary, String country, @Nullable String region, Set<String> fields,
			Set<String> targetGroups, String organisationName, int startYear, @Nullable String context,
			String activities, @Nullable String results, @Nullable String transfer, String language,
			Set<String> languages) {
	}

}
