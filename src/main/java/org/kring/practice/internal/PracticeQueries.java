package org.kring.practice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of practices: flat rows for lists, the feed and the API, in a fixed
 * number of statements whatever the number of practices.
 */
@Component
public class PracticeQueries {

	private static final String COLUMNS = "select p.id, p.title, p.summary, p.country, p.start_year, p.language,"
			+ " p.state, p.published_at, p.updated_at from practice p";

	private final JdbcClient jdbc;

	PracticeQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Published practices, newest first.
	 * @param filter what to narrow them to
	 * @param page the page, from 1
	 * @param size how many a page holds
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public PracticeListing published(PracticeFilter filter, int page, int size) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		long total = this.jdbc.sql("select count(*) from practice p" + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(size);
		paged.add((long) (page - 1) * size);
		List<PracticeRow> rows = rows(COLUMNS + where + " order by p.published_at desc, p.id limit ? offset ?", paged);
		return new PracticeListing(rows, page, size, total);
	}

	/**
	 * The practices a person submitted that are not published yet, latest change first.
	 * @param personId the submitter
	 * @return drafts, submitted, in review and returned practices
	 */
	@Transactional(readOnly = true)
	public List<PracticeRow> unpublishedOf(UUID personId) {
		return rows(COLUMNS + " where p.submitted_by = ? and p.state <> 'PUBLISHED' order by p.updated_at desc",
				List.of(personId));
	}

	private static String where(PracticeFilter filter, List<Object> params) {
		StringBuilder where = new StringBuilder(" where p.state = 'PUBLISHED'");
		if (filter.field() != null) {
			where
				.append(" and exists (select 1 from practice_field f where f.practice_id = p.id and f.field_code = ?)");
			params.add(filter.field());
		}
		if (filter.country() != null) {
			where.append(" and p.country = ?");
			params.add(filter.country());
		}
		if (filter.targetGroup() != null) {
			where.append(" and exists (select 1 from practice_target_group g where g.practice_id = p.id"
					+ " and g.target_group = ?)");
			params.add(filter.targetGroup().name());
		}
		if (filter.language() != null) {
			where.append(" and (p.language = ? or exists (select 1 from practice_language l"
					+ " where l.practice_id = p.id and l.language = ?))");
			params.add(filter.language());
			params.add(filter.language());
		}
		if (filter.year() != null) {
			where.append(" and p.start_year = ?");
			params.add(filter.year());
		}
		if (filter.text() != null) {
			where.append(" and (lower(p.title) like ? escape '\\' or lower(p.summary) like ? escape '\\')");
			String pattern = "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%";
			params.add(pattern);
			params.add(pattern);
		}
		return where.toString();
	}

	/** Wildcards typed by someone are searched for as they are. */
	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private List<PracticeRow> rows(String sql, List<Object> params) {
		List<Partial> partials = this.jdbc.sql(sql).params(params).query(PracticeQueries::partial).list();
		Map<UUID, List<String>> fields = fieldsOf(partials.stream().map(Partial::id).toList());
		return partials.stream()
			.map((row) -> new PracticeRow(row.id, row.title, row.summary, row.country, row.startYear, row.language,
					row.state, row.publishedAt, row.updatedAt, fields.getOrDefault(row.id, List.of())))
			.toList();
	}

	private Map<UUID, List<String>> fieldsOf(Collection<UUID> ids) {
		Map<UUID, List<String>> fields = new HashMap<>();
		if (ids.isEmpty()) {
			return fields;
		}
		this.jdbc
			.sql("select practice_id, field_code from practice_field where practice_id in (:ids)"
					+ " order by field_code")
			.param("ids", ids)
			.query((rs, row) -> {
				fields.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new ArrayList<>()).add(rs.getString(2));
				return null;
			})
			.list();
		return fields;
	}

	private static Partial partial(ResultSet rs, int row) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new Partial(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("summary"),
				rs.getString("country"), rs.getObject("start_year", Integer.class), rs.getString("language"),
				PracticeState.valueOf(rs.getString("state")), (published != null) ? published.toInstant() : null,
				rs.getTimestamp("updated_at").toInstant());
	}

	private record Partial(UUID id, String title, @Nullable String summary, @Nullable String country,
			@Nullable Integer startYear, String language, PracticeState state, java.time.@Nullable Instant publishedAt,
			java.time.Instant updatedAt) {
	}

}
