package org.kring.practice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what a handbook of good practices needs straight from the tables: the published
 * practices to choose from, and the chosen ones with their description and evaluation. A
 * fixed number of statements, however many practices are chosen.
 */
@Component
public class HandbookQueries {

	private static final String SCORES = """
			select sc.practice_id, c.code, c.name, c.position, sum(sc.score) as total, count(*) as scores,
			  min(sc.score) as lowest, max(sc.score) as highest
			from practice_score sc
			join practice_review r on r.practice_id = sc.practice_id and r.reviewer_id = sc.reviewer_id
			join practice_criterion c on c.id = sc.criterion_id
			where r.submitted_at is not null and sc.practice_id in (:ids)
			group by sc.practice_id, c.code, c.name, c.position
			order by c.position, c.code
			""";

	private final JdbcClient jdbc;

	HandbookQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Published practices to choose from, by title.
	 * @param field only practices in this field, or null
	 * @param country only practices in this country, or null
	 * @param limit at most this many
	 * @return the practices
	 */
	@Transactional(readOnly = true)
	public List<HandbookChoice> choices(@Nullable String field, @Nullable String country, int limit) {
		return this.jdbc.sql("""
				select p.id, p.title, p.country, p.start_year from practice p
				where p.state = 'PUBLISHED'
				  and (cast(:country as varchar(2)) is null or p.country = :country)
				  and (cast(:field as varchar(40)) is null or exists (select 1 from practice_field f
				    where f.practice_id = p.id and f.field_code = :field))
				order by lower(p.title), p.id
				limit :limit
				""")
			.param("country", country)
			.param("field", field)
			.param("limit", limit)
			.query((rs, row) -> new HandbookChoice(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("country"), (Integer) rs.getObject("start_year", Integer.class)))
			.list();
	}

	/**
	 * The chosen practices that are published, in the order chosen.
	 * @param ids the chosen practices; those not published are left out
	 * @return the practices with their description and evaluation
	 */
	@Transactional(readOnly = true)
	public List<HandbookPractice> practices(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Row> rows = new HashMap<>();
		this.jdbc.sql("select * from practice where state = 'PUBLISHED' and id in (:ids)")
			.param("ids", ids)
			.query(HandbookQueries::row)
			.list()
			.forEach((row) -> rows.put(row.id(), row));
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<UUID> found = rows.keySet();
		Map<UUID, List<String>> fields = grouped("select practice_id, field_code from practice_field"
				+ " where practice_id in (:ids) order by field_code", found, (rs) -> rs.getString(2));
		Map<UUID, List<String>> groups = grouped("select practice_id, target_group from practice_target_group"
				+ " where practice_id in (:ids) order by target_group", found, (rs) -> rs.getString(2));
		Map<UUID, List<String>> languages = grouped("select practice_id, language from practice_language"
				+ " where practice_id in (:ids) order by language", found, (rs) -> rs.getString(2));
		Map<UUID, List<PracticeLink>> links = grouped(
				"select practice_id, label, url from practice_link"
						+ " where practice_id in (:ids) order by practice_id, position",
				found, (rs) -> new PracticeLink(rs.getString("label"), rs.getString("url")));
		Map<UUID, List<HandbookPractice.CriterionScores>> scores = grouped(SCORES, found,
				(rs) -> new HandbookPractice.CriterionScores(rs.getString("code"), rs.getString("name"),
						rs.getLong("total"), rs.getInt("scores"), rs.getInt("lowest"), rs.getInt("highest")));
		Map<UUID, List<Integer>> reviewers = grouped(
				"select practice_id, count(*) from practice_review"
						+ " where submitted_at is not null and practice_id in (:ids) group by practice_id",
				found, (rs) -> rs.getInt(2));
		List<HandbookPractice> practices = new ArrayList<>();
		for (UUID id : new LinkedHashSet<>(ids)) {
			Row row = rows.get(id);
			if (row != null) {
				PracticeDescription description = row.description(fields.getOrDefault(id, List.of()),
						groups.getOrDefault(id, List.of()), languages.getOrDefault(id, List.of()),
						links.getOrDefault(id, List.of()));
				int reviewed = reviewers.getOrDefault(id, List.of(0)).get(0);
				practices.add(new HandbookPractice(id, description,
						new HandbookPractice.Evaluation(reviewed, scores.getOrDefault(id, List.of()), row.summary())));
			}
		}
		return practices;
	}

	// Rows of a statement whose first column is the practice, collected by practice.
	private <T> Map<UUID, List<T>> grouped(String sql, Set<UUID> ids, Value<T> value) {
		Map<UUID, List<T>> grouped = new HashMap<>();
		this.jdbc.sql(sql).param("ids", ids).query((ResultSet rs) -> {
			grouped.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new ArrayList<>()).add(value.of(rs));
		});
		return grouped;
	}

	private interface Value<T> {

		T of(ResultSet rs) throws SQLException;

	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		ContactVisibility visibility = ContactVisibility.valueOf(rs.getString("contact_visibility"));
		boolean publicContact = visibility == ContactVisibility.PUBLIC;
		return new Row(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("summary"),
				rs.getString("country"), rs.getString("region"), rs.getObject("organisation_id", UUID.class),
				rs.getString("organisation_name"), rs.getObject("start_year", Integer.class),
				rs.getBoolean("still_running"), rs.getString("context"), rs.getString("objectives"),
				rs.getString("activities"), rs.getString("results"), rs.getString("evidence"),
				rs.getString("resources"), rs.getString("transfer"),
				publicContact ? rs.getString("contact_name") : null,
				publicContact ? rs.getString("contact_email") : null, visibility, rs.getString("language"),
				rs.getString("evaluation_summary"));
	}

	private record Row(UUID id, String title, @Nullable String summaryText, @Nullable String country,
			@Nullable String region, @Nullable UUID organisationId, @Nullable String organisationName,
			@Nullable Integer startYear, boolean stillRunning, @Nullable String context, @Nullable String objectives,
			@Nullable String activities, @Nullable String results, @Nullable String evidence,
			@Nullable String resources, @Nullable String transfer, @Nullable String contactName,
			@Nullable String contactEmail, ContactVisibility visibility, String language, @Nullable String summary) {

		PracticeDescription description(List<String> fields, List<String> groups, List<String> languages,
				List<PracticeLink> links) {
			return new PracticeDescription(this.title, this.summaryText, this.country, this.region, Set.copyOf(fields),
					Set.copyOf(groups.stream().map(TargetGroup::valueOf).toList()), this.organisationId,
					this.organisationName, this.startYear, this.stillRunning, this.context, this.objectives,
					this.activities, this.results, this.evidence, this.resources, this.transfer, this.contactName,
					this.contactEmail, this.visibility, this.language, Set.copyOf(languages), links);
		}

	}

}
