package org.kring.result.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.MeetingTitles;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.result.internal.Authority;
import org.kring.result.internal.TrackerRow;
import org.springframework.stereotype.Component;

/**
 * Joins tracker rows to what other modules know of them, the organisations addressed and
 * the meetings the signals came from, in one query each whatever the number of rows.
 */
@Component
class TrackerEntries {

	private final OrganisationManagement organisations;

	private final MeetingTitles meetings;

	TrackerEntries(OrganisationManagement organisations, MeetingTitles meetings) {
		this.organisations = organisations;
		this.meetings = meetings;
	}

	/**
	 * The organisations with these ids.
	 * @param ids the organisations
	 * @return each by id; unknown ones left out
	 */
	Map<UUID, OrganisationSummary> organisations(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of()
				: this.organisations.summaries(ids)
					.stream()
					.collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
	}

	/**
	 * The organisations some rows address.
	 * @param rows the rows
	 * @return each by id
	 */
	Map<UUID, OrganisationSummary> organisationsOf(List<TrackerRow> rows) {
		return organisations(rows.stream()
			.map((row) -> row.authority().organisationId())
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
	}

	/**
	 * The rows with their community, authority and meeting.
	 * @param rows the rows, of the given communities
	 * @param communities the communities, by id
	 * @param organisations at least the organisations the rows address, by id
	 * @return the entries, in the rows' order
	 */
	List<TrackerPage.Entry> of(List<TrackerRow> rows, Map<UUID, CommunitySummary> communities,
			Map<UUID, OrganisationSummary> organisations) {
		Map<UUID, MeetingTitles.Titled> titled = this.meetings
			.of(rows.stream().map(TrackerRow::meetingId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return rows.stream().map((row) -> {
			OrganisationSummary organisation = organisation(row.authority(), organisations);
			String name = (organisation != null) ? organisation.name() : office(row.authority());
			return new TrackerPage.Entry(row, communities.get(row.communityId()), name, organisation,
					(row.meetingId() != null) ? titled.get(row.meetingId()) : null);
		}).toList();
	}

	private static @Nullable OrganisationSummary organisation(Authority authority,
			Map<UUID, OrganisationSummary> organisations) {
		return (authority.organisationId() != null) ? organisations.get(authority.organisationId()) : null;
	}

	private static String office(Authority authority) {
		return (authority.office() != null) ? authority.office() : "";
	}

}
