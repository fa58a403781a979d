package org.kring.practice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the cross-country benchmark straight from the tables, in one statement however
 * many practices there are. A score counts once its reviewer handed the review in.
 */
@Component
public class BenchmarkQueries {

	// The cells, the field totals, the country totals and the grand total, each summed by
	// the database, so that the rows read grow with fields and countries, not practices.
	private static final String SQL = """
			with chosen as (
			  select p.id, p.country, s.total, s.scores
			  from practice p
			  left join (
			    select sc.practice_id, sum(sc.score) as total, count(*) as scores
			    from practice_score sc
			    join practice_review r on r.practice_id = sc.practice_id and r.reviewer_id = sc.reviewer_id
			    where r.submitted_at is not null
			    group by sc.practice_id
			  ) s on s.practice_id = p.id
			  where p.state = 'PUBLISHED' and p.country is not null
			    and (cast(:targetGroup as varchar(16)) is null or exists (select 1 from practice_target_group t
			      where t.practice_id = p.id and t.target_group = :targetGroup))
			    and (cast(:startYear as int) is null or p.start_year = :startYear)
			)
			select f.field_code as field_code, c.country as country, count(*) as practices,
			  sum(c.total) as total, sum(c.scores) as scores
			from chosen c join practice_field f on f.practice_id = c.id group by f.field_code, c.country
			union all
			select f.field_code, cast(null as varchar(2)), count(*), sum(c.total), sum(c.scores)
			from chosen c join practice_field f on f.practice_id = c.id group by f.field_code
			union all
			select cast(null as varchar(40)), c.country, count(*), sum(c.total), sum(c.scores)
			from chosen c group by c.country
			union all
			select cast(null as varchar(40)), cast(null as varchar(2)), count(*), sum(c.total), sum(c.scores)
			from chosen c
			""";

	private final JdbcClient jdbc;

	BenchmarkQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The benchmark of the published practices a filter lets through.
	 * @param filter the filter
	 * @return the counts, empty when no practice passes
	 */
	@Transactional(readOnly = true)
	public Benchmark benchmark(BenchmarkFilter filter) {
		List<Row> rows = this.jdbc.sql(SQL)
			.param("targetGroup", (filter.targetGroup() != null) ? filter.targetGroup().name() : null)
			.param("startYear", filter.startYear())
			.query(BenchmarkQueries::row)
			.list();
		Map<String, Map<String, BenchmarkCount>> cells = new HashMap<>();
		Map<String, BenchmarkCount> byField = new LinkedHashMap<>();
		Map<String, BenchmarkCount> byCountry = new LinkedHashMap<>();
		BenchmarkCount total = BenchmarkCount.NONE;
		for (Row row : rows) {
			if (row.field() != null && row.country() != null) {
				cells.computeIfAbsent(row.field(), (field) -> new HashMap<>()).put(row.country(), row.count());
			}
			else if (row.field() != null) {
				byField.put(row.field(), row.count());
			}
			else if (row.country() != null) {
				byCountry.put(row.country(), row.count());
			}
			else {
				total = row.count();
			}
		}
		return new Benchmark(new ArrayList<>(byField.keySet()), new ArrayList<>(byCountry.keySet()), cells, byField,
				byCountry, total);
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getString("field_code"), rs.getString("country"),
				new BenchmarkCount(rs.getLong("practices"), rs.getLong("total"), rs.getLong("scores")));
	}

	private record Row(@Nullable String field, @Nullable String country, BenchmarkCount count) {
	}

}
