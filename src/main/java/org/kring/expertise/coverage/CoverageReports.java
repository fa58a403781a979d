package org.kring.expertise.coverage;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kring.community.CommunityManagement;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.FieldLabel;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;

import org.springframework.stereotype.Component;

/**
 * Puts a community's coverage together: its fields in use, its partners by name and its
 * active experts counted against its targets, in a fixed number of statements.
 */
@Component
class CoverageReports {

	private final CoverageQueries queries;

	private final CommunityManagement communities;

	private final OrganisationManagement organisations;

	private final ExpertiseFields fields;

	CoverageReports(CoverageQueries queries, CommunityManagement communities, OrganisationManagement organisations,
			ExpertiseFields fields) {
		this.queries = queries;
		this.communities = communities;
		this.organisations = organisations;
		this.fields = fields;
	}

	/**
	 * The coverage of a community.
	 * @param communityId the community, which the caller checked the reader may see
	 * @param locale the reader's language
	 * @return the report
	 */
	CoverageReport of(UUID communityId, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		List<OrganisationSummary> partners = this.organisations.summaries(this.communities.partnersOf(communityId))
			.stream()
			.sorted(Comparator.comparing(OrganisationSummary::name, collator))
			.toList();
		List<FieldLabel> rows = this.fields.all(locale);
		CoverageMatrix matrix = new CoverageMatrix(rows.stream().map(FieldLabel::code).toList(),
				partners.stream().map(OrganisationSummary::id).toList(), this.queries.activeExperts(communityId),
				this.queries.target(communityId));
		return new CoverageReport(matrix, rows, partners);
	}

	/**
	 * A community's coverage with the names to show it by.
	 *
	 * @param matrix the counts
	 * @param fields the rows, named in the reader's language
	 * @param partners the columns, by name
	 */
	record CoverageReport(CoverageMatrix matrix, List<FieldLabel> fields, List<OrganisationSummary> partners) {

		Map<UUID, OrganisationSummary> partnersById() {
			return this.partners.stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
		}

		Map<String, String> fieldNames() {
			return this.fields.stream().collect(Collectors.toMap(FieldLabel::code, FieldLabel::name));
		}

	}

}
