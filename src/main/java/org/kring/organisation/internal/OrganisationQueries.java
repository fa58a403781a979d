package org.kring.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.organisation.RelationKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages, the export and the API read: flat rows in a fixed number of queries,
 * however many organisations there are.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationQueries {

	private static final String COLUMNS = "o.id, o.slug, o.name, o.kind, o.country, o.region, o.website, o.description";

	private final JdbcClient jdbc;

	OrganisationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the organisations a filter lets through, by name: two queries for the
	 * page and its total, one for their fields.
	 * @param filter which organisations
	 * @param page the page, from 1
	 * @param size how many on a page
	 * @return the page
	 */
	public OrganisationPage page(OrganisationFilter filter, int page, int size) {
		Where where = Where.of(filter);
		long total = where.bind(this.jdbc.sql("select count(*) from organisation o" + where.sql()))
			.query(Long.class)
			.single();
		List<OrganisationRow> rows = List.of();
		if (total > (long) (page - 1) * size) {
			rows = withFields(where
				.bind(this.jdbc.sql("select " + COLUMNS + " from organisation o" + where.sql()
						+ " order by lower(o.name), o.id limit :limit offset :offset"))
				.param("limit", size)
				.param("offset", (long) (page - 1) * size)
				.query(OrganisationQueries::row)
				.list());
		}
		return new OrganisationPage(rows, total, page, size);
	}

	/**
	 * Every organisation a filter lets through, by name, for the export and the map.
	 * @param filter which organisations
	 * @param limit at most this many
	 * @return the rows with their fields
	 */
	public List<OrganisationRow> all(OrganisationFilter filter, int limit) {
		Where where = Where.of(filter);
		return withFields(where
			.bind(this.jdbc.sql("select " + COLUMNS + " from organisation o" + where.sql()
					+ " order by lower(o.name), o.id limit :limit"))
			.param("limit", limit)
			.query(OrganisationQueries::row)
			.list());
	}

	/**
	 * One organisation with its fields, its relations in both directions and how many
	 * people say they belong to it.
	 * @param slug the organisation's slug
	 * @param personId the reader, to tell whether they belong to it; null for a visitor
	 * @return the details, or empty when no organisation has this slug
	 */
	public Optional<OrganisationDetail> detail(String slug, @Nullable UUID personId) {
		Optional<OrganisationRow> found = this.jdbc
			.sql("select " + COLUMNS + ", o.version from organisation o where o.slug = :slug")
			.param("slug", slug)
			.query((rs, n) -> row(rs, n).withVersion(rs.getLong("version")))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		OrganisationRow organisation = withFields(List.of(found.get())).get(0);
		UUID id = organisation.id();
		List<RelationRow> relations = relationsOf(List.of(id), false);
		Map<String, Object> people = this.jdbc.sql("""
				select count(*) as members,
				       coalesce(sum(case when a.person_id = :person then 1 else 0 end), 0) as mine
				from organisation_affiliation a where a.organisation_id = :id""")
			.param("id", id)
			.param("person", (personId != null) ? personId : new UUID(0, 0))
			.query()
			.singleRow();
		return Optional.of(new OrganisationDetail(organisation, relations, ((Number) people.get("members")).intValue(),
				((Number) people.get("mine")).intValue() > 0));
	}

	/**
	 * The relations that touch the given organisations, with the names of both ends, in
	 * one query.
	 * @param ids the organisations
	 * @param betweenOnly whether both ends must be among them (for the network picture)
	 * rather than one
	 * @return the relations, by kind and names
	 */
	public List<RelationRow> relationsOf(Collection<UUID> ids, boolean betweenOnly) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String touching = betweenOnly ? "r.source_id in (:ids) and r.target_id in (:ids)"
				: "(r.source_id in (:ids) or r.target_id in (:ids))";
		return this.jdbc.sql("""
				select r.id, r.kind, r.note, s.id as source_id, s.slug as source_slug, s.name as source_name,
				       t.id as target_id, t.slug as target_slug, t.name as target_name
				from organisation_relation r
				join organisation s on s.id = r.source_id
				join organisation t on t.id = r.target_id
				where""" + " " + touching + " order by r.kind, lower(s.name), lower(t.name)")
			.param("ids", ids)
			.query((rs, n) -> new RelationRow(rs.getObject("id", UUID.class),
					RelationKind.valueOf(rs.getString("kind")), rs.getString("note"), end(rs, "source"),
					end(rs, "target")))
			.list();
	}

	/**
	 * How many organisations work on each field in each country, or in each region when
	 * the filter names a country.
	 * @param filter which organisations
	 * @return the counts by field code, then by country code or region (empty string for
	 * organisations without one)
	 */
	public Map<String, Map<String, Integer>> matrix(OrganisationFilter filter) {
		Where where = Where.of(filter);
		String column = (filter.country() != null) ? "coalesce(o.region, '')" : "o.country";
		Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
		where.bind(this.jdbc.sql("select f.field_code, " + column
				+ " as place, count(*) as n from organisation o join organisation_field f on f.organisation_id = o.id"
				+ where.sql() + " group by f.field_code, " + column))
			.query((rs) -> {
				counts.computeIfAbsent(rs.getString("field_code"), (code) -> new HashMap<>())
					.put(rs.getString("place"), rs.getInt("n"));
			});
		return counts;
	}

	/**
	 * The countries that have at least one organisation, for the filters.
	 * @return their codes
	 */
	public List<String> countries() {
		return this.jdbc.sql("select distinct country from organisation order by country").query(String.class).list();
	}

	/**
	 * Organisations by id, for other modules.
	 * @param ids the ids
	 * @return the organisations that exist, by name
	 */
	public List<OrganisationSummary> summaries(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select o.id, o.slug, o.name, o.kind, o.country from organisation o where o.id in (:ids)"
					+ " order by lower(o.name), o.id")
			.param("ids", ids)
			.query(OrganisationQueries::summary)
			.list();
	}

	/**
	 * Every organisation, by name, for choice lists.
	 * @return the organisations
	 */
	public List<OrganisationSummary> summaries() {
		return this.jdbc
			.sql("select o.id, o.slug, o.name, o.kind, o.country from organisation o order by lower(o.name), o.id")
			.query(OrganisationQueries::summary)
			.list();
	}

	/**
	 * The organisations people say they belong to, in one query.
	 * @param personIds the people
	 * @return each person's organisation; people without one are left out
	 */
	public Map<UUID, OrganisationSummary> affiliationsOf(Collection<UUID> personIds) {
		Map<UUID, OrganisationSummary> found = new HashMap<>();
		if (personIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select a.person_id, o.id, o.slug, o.name, o.kind, o.country
				from organisation_affiliation a join organisation o on o.id = a.organisation_id
				where a.person_id in (:people)""").param("people", personIds).query((rs) -> {
			found.put(rs.getObject("person_id", UUID.class), summary(rs, 0));
		});
		return found;
	}

	private List<OrganisationRow> withFields(List<OrganisationRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<String>> fields = new HashMap<>();
		this.jdbc
			.sql("select organisation_id, field_code from organisation_field where organisation_id in (:ids)"
					+ " order by field_code")
			.param("ids", rows.stream().map(OrganisationRow::id).toList())
			.query((rs) -> {
				fields.computeIfAbsent(rs.getObject("organisation_id", UUID.class), (id) -> new ArrayList<>())
					.add(rs.getString("field_code"));
			});
		return rows.stream().map((row) -> row.withFields(fields.getOrDefault(row.id(), List.of()))).toList();
	}

	private static OrganisationRow row(ResultSet rs, int rowNumber) throws SQLException {
		return new OrganisationRow(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
				OrganisationKind.valueOf(rs.getString("kind")), rs.getString("country"), rs.getString("region"),
				rs.getString("website"), rs.getString("description"), List.of(), 0);
	}

	private static OrganisationSummary summary(ResultSet rs, int rowNumber) throws SQLException {
		return new OrganisationSummary(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
				OrganisationKind.valueOf(rs.getString("kind")), rs.getString("country"));
	}

	private static RelationRow.End end(ResultSet rs, String prefix) throws SQLException {
		return new RelationRow.End(rs.getObject(prefix + "_id", UUID.class), rs.getString(prefix + "_slug"),
				rs.getString(prefix + "_name"));
	}

	/**
	 * The where clause of a filter and its parameters.
	 */
	private record Where(String sql, Map<String, Object> params) {

		static Where of(OrganisationFilter filter) {
			List<String> conditions = new ArrayList<>();
			Map<String, Object> params = new HashMap<>();
			if (filter.kind() != null) {
				conditions.add("o.kind = :kind");
				params.put("kind", filter.kind().name());
			}
			if (filter.country() != null) {
				conditions.add("o.country = :country");
				params.put("country", filter.country());
			}
			if (filter.region() != null) {
				conditions.add("lower(o.region) = lower(:region)");
				params.put("region", filter.region());
			}
			if (filter.field() != null) {
				conditions.add("exists (select 1 from organisation_field w where w.organisation_id = o.id"
						+ " and w.field_code = :field)");
				params.put("field", filter.field());
			}
			if (filter.text() != null) {
				conditions.add(
						"(lower(o.name) like :text escape '!' or lower(coalesce(o.description, '')) like :text escape '!')");
				params.put("text", filter.likePattern());
			}
			return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			return statement.params(this.params);
		}

	}

}
