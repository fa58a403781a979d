package org.kring.expertise.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.expertise.Availability;
import org.kring.expertise.ProfileVisibility;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert finder's read side: the profiles a reader may see, ranked by
 * {@link Ranking}, a page at a time. When criteria are given, a profile must meet at
 * least one of them to be found; with none, every profile the reader may see is found. A
 * page takes the same number of statements whatever the number of profiles: one to rank,
 * one for the details of the page's experts, one for names and one for organisations.
 */
@Service
public class ExpertSearch {

	private static final Map<String, String> CRITERION_TABLES = Map.of("fields",
			"expertise_profile_field x where x.person_id = p.person_id and x.field_code", "qualifications",
			"expertise_profile_qualification x where x.person_id = p.person_id and x.qualification_code", "languages",
			"expertise_profile_language x where x.person_id = p.person_id and x.language", "countries",
			"expertise_profile_country x where x.person_id = p.person_id and x.country", "availability",
			"expertise_profile_availability x where x.person_id = p.person_id and x.work");

	private static final String DETAILS = """
			select person_id, 'field' as kind, field_code as code, years from expertise_profile_field
			 where person_id in (:ids)
			union all select person_id, 'qualification', qualification_code, 0 from expertise_profile_qualification
			 where person_id in (:ids)
			union all select person_id, 'language', language, 0 from expertise_profile_language where person_id in (:ids)
			union all select person_id, 'country', country, 0 from expertise_profile_country where person_id in (:ids)
			union all select person_id, 'availability', work, 0 from expertise_profile_availability
			 where person_id in (:ids)""";

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final OrganisationManagement organisations;

	ExpertSearch(JdbcClient jdbc, AccountManagement accounts, OrganisationManagement organisations) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organisations = organisations;
	}

	/**
	 * One page of the experts a reader may see that meet the criteria.
	 * @param criteria what is asked for
	 * @param viewer who reads
	 * @param page the page number, from 1
	 * @param size how many a page holds
	 * @param locale the reader's language, for the order of names
	 * @return the page; past the last page, no experts and the right total
	 */
	@Transactional(readOnly = true)
	public ExpertResults search(ExpertCriteria criteria, ProfileViewer viewer, int page, int size, Locale locale) {
		List<Found> found = rank(criteria, viewer);
		List<Ranking.Candidate> ranked = found.stream().map(Found::candidate).toList();
		Ranking.Placed placed = Ranking.page(ranked, (page - 1) * size, size, this.accounts::displayNamesOf, locale);
		Map<UUID, @Nullable UUID> organisationOf = new HashMap<>();
		found.forEach((row) -> organisationOf.put(row.candidate().id(), row.organisationId()));
		List<UUID> ids = placed.candidates().stream().map(Ranking.Candidate::id).toList();
		Map<UUID, Details> details = details(ids);
		Map<UUID, ExpertRow.Organisation> organisations = organisations(
				ids.stream().map(organisationOf::get).filter((id) -> id != null).map((id) -> (UUID) id).toList());
		List<ExpertRow> rows = new ArrayList<>();
		for (Ranking.Candidate candidate : placed.candidates()) {
			Details detail = details.getOrDefault(candidate.id(), new Details());
			UUID organisationId = organisationOf.get(candidate.id());
			rows.add(new ExpertRow(candidate.id(), placed.names().getOrDefault(candidate.id(), ""),
					(organisationId != null) ? organisations.get(organisationId) : null,
					detail.fields.stream()
						.sorted(Comparator.comparingInt(ExpertRow.FieldYears::years)
							.reversed()
							.thenComparing(ExpertRow.FieldYears::code))
						.toList(),
					detail.qualifications, detail.languages.stream().sorted().toList(),
					detail.countries.stream().sorted().toList(), List.copyOf(detail.availability), candidate.met()));
		}
		return new ExpertResults(rows, found.size(), page, size, criteria.count());
	}

	private List<Found> rank(ExpertCriteria criteria, ProfileViewer viewer) {
		Map<String, Object> params = new HashMap<>();
		List<String> terms = new ArrayList<>();
		criterion(terms, params, "fields", criteria.fields());
		criterion(terms, params, "qualifications", criteria.qualifications());
		criterion(terms, params, "languages", criteria.languages());
		criterion(terms, params, "countries", criteria.countries());
		criterion(terms, params, "availability", criteria.availability().stream().map(Availability::name).toList());
		if (!criteria.organisations().isEmpty()) {
			terms.add("(case when p.organisation_id in (:organisations) then 1 else 0 end)");
			params.put("organisations", criteria.organisations());
		}
		String met = terms.isEmpty() ? "0" : String.join(" + ", terms);
		String years = "(select coalesce(sum(y.years), 0) from expertise_profile_field y where y.person_id = p.person_id"
				+ (criteria.fields().isEmpty() ? ")" : " and y.field_code in (:fields))");
		String sql = "select r.person_id, r.organisation_id, r.met, r.years from (select p.person_id, p.organisation_id, "
				+ met + " as met, " + years + " as years from expertise_profile p" + visibility(viewer, params) + ") r"
				+ (terms.isEmpty() ? "" : " where r.met > 0") + " order by r.met desc, r.years desc, r.person_id";
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs,
					n) -> new Found(new Ranking.Candidate(rs.getObject("person_id", UUID.class), rs.getInt("met"),
							rs.getInt("years")), rs.getObject("organisation_id", UUID.class)))
			.list();
	}

	private static void criterion(List<String> terms, Map<String, Object> params, String name,
			Collection<String> values) {
		if (!values.isEmpty()) {
			terms.add("(select count(*) from " + CRITERION_TABLES.get(name) + " in (:" + name + "))");
			params.put(name, values);
		}
	}

	/**
	 * The where clause that lets through the profiles {@link ProfileViewer#maySee}
	 * allows.
	 */
	static String visibility(ProfileViewer viewer, Map<String, Object> params) {
		if (viewer.instanceWide()) {
			return "";
		}
		params.put("everyone", ProfileVisibility.EVERYONE.name());
		if (viewer.id() == null) {
			return " where p.visibility = :everyone";
		}
		params.put("viewer", viewer.id());
		String fellows = "";
		if (!viewer.fellows().isEmpty()) {
			params.put("communities", ProfileVisibility.COMMUNITIES.name());
			params.put("fellows", viewer.fellows());
			fellows = " or (p.visibility = :communities and p.person_id in (:fellows))";
		}
		return " where (p.person_id = :viewer or p.visibility = :everyone" + fellows + ")";
	}

	private Map<UUID, Details> details(List<UUID> ids) {
		Map<UUID, Details> details = new HashMap<>();
		if (ids.isEmpty()) {
			return details;
		}
		this.jdbc.sql(DETAILS).param("ids", ids).query((rs) -> {
			Details detail = details.computeIfAbsent(rs.getObject("person_id", UUID.class), (id) -> new Details());
			String code = rs.getString("code");
			switch (rs.getString("kind")) {
				case "field" -> detail.fields.add(new ExpertRow.FieldYears(code, rs.getInt("years")));
				case "qualification" -> detail.qualifications.add(code);
				case "language" -> detail.languages.add(code);
				case "country" -> detail.countries.add(code);
				default -> detail.availability.add(Availability.valueOf(code));
			}
		});
		return details;
	}

	private Map<UUID, ExpertRow.Organisation> organisations(List<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.organisations.summaries(ids)
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id,
					(organisation) -> new ExpertRow.Organisation(organisation.id(), organisation.slug(),
							organisation.name()),
					(a, b) -> a));
	}

	/**
	 * Which organisations among some ids exist, for checking a filter, in one query.
	 * @param ids organisation ids
	 * @return those that exist
	 */
	public Set<UUID> existingOrganisations(Collection<UUID> ids) {
		return this.organisations.summaries(ids)
			.stream()
			.map(OrganisationSummary::id)
			.collect(Collectors.toUnmodifiableSet());
	}

	private record Found(Ranking.Candidate candidate, @Nullable UUID organisationId) {
	}

	private static final class Details {

		final List<ExpertRow.FieldYears> fields = new ArrayList<>();

		final List<String> qualifications = new ArrayList<>();

		final List<String> languages = new ArrayList<>();

		final List<String> countries = new ArrayList<>();

		final EnumSet<Availability> availability = EnumSet.noneOf(Availability.class);

	}

}
