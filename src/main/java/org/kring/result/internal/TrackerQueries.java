package org.kring.result.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of the results tracker: flat rows of sent signals, their counts per state
 * and the values the tracker's filters offer, each read with one statement whatever the
 * number of signals. Drafts are never read here.
 */
@Component
public class TrackerQueries {

	private static final String SENT = " from result_signal s where s.state <> 'DRAFT' and s.community_id in (:communities)";

	private final JdbcClient jdbc;

	TrackerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the signals a filter asks for, the most recently sent first.
	 * @param filter which signals
	 * @param offset how many to skip
	 * @param limit how many at most
	 * @return the signals
	 */
	public List<TrackerRow> rows(TrackerFilter filter, int offset, int limit) {
		if (filter.communities().isEmpty() || limit <= 0) {
			return List.of();
		}
		Where where = where(filter);
		return this.jdbc
			.sql("select s.id, s.community_id, s.kind, s.title, s.body, s.ask, s.authority_id, s.authority_office,"
					+ " s.meeting_id, s.theme, s.state, s.sent_at, s.acknowledged_at, s.answered_at, s.answer,"
					+ " s.followed_up_at, s.outcome" + SENT + where.sql()
					+ " order by s.sent_at desc, s.id limit :limit offset :offset")
			.params(where.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(TrackerQueries::row)
			.list();
	}

	/**
	 * How many of the signals a filter asks for are in each state, and the outcomes of
	 * the followed-up ones.
	 * @param filter which signals
	 * @return the counts
	 */
	public TrackerCounts counts(TrackerFilter filter) {
		if (filter.communities().isEmpty()) {
			return TrackerCounts.NONE;
		}
		Where where = where(filter);
		return TrackerCounts.of(this.jdbc
			.sql("select s.state, s.outcome, count(*) as counted" + SENT + where.sql() + " group by s.state, s.outcome")
			.params(where.params())
			.query((rs, n) -> new TrackerCounts.Counted(SignalState.valueOf(rs.getString("state")),
					outcome(rs.getString("outcome")), rs.getLong("counted")))
			.list());
	}

	/**
	 * The values present among the sent signals of some communities, for the tracker's
	 * filters.
	 * @param filter the communities, its other fields unused
	 * @return the communities, authorities, themes and years that have signals
	 */
	public TrackerOptions options(TrackerFilter filter) {
		if (filter.communities().isEmpty()) {
			return TrackerOptions.NONE;
		}
		Set<UUID> communities = new HashSet<>();
		Set<UUID> organisations = new HashSet<>();
		Set<String> offices = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		Set<String> themes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		this.jdbc
			.sql("select distinct s.community_id, s.authority_id, s.authority_office, s.theme,"
					+ " extract(year from s.sent_at) as sent_year" + SENT)
			.param("communities", filter.communities())
			.query((RowCallbackHandler) (rs) -> {
				communities.add(rs.getObject("community_id", UUID.class));
				UUID organisation = rs.getObject("authority_id", UUID.class);
				if (organisation != null) {
					organisations.add(organisation);
				}
				else if (rs.getString("authority_office") != null) {
					offices.add(rs.getString("authority_office"));
				}
				if (rs.getString("theme") != null) {
					themes.add(rs.getString("theme"));
				}
				years.add(rs.getInt("sent_year"));
			});
		return new TrackerOptions(communities, organisations, List.copyOf(offices), List.copyOf(themes),
				List.copyOf(years));
	}

	private static Where where(TrackerFilter filter) {
		StringBuilder sql = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		params.put("communities", filter.communities());
		if (filter.organisation() != null) {
			sql.append(" and s.authority_id = :organisation");
			params.put("organisation", filter.organisation());
		}
		if (filter.office() != null) {
			sql.append(" and s.authority_id is null and s.authority_office = :office");
			params.put("office", filter.office());
		}
		if (filter.theme() != null) {
			sql.append(" and s.theme = :theme");
			params.put("theme", filter.theme());
		}
		if (filter.state() != null) {
			sql.append(" and s.state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.year() != null) {
			sql.append(" and extract(year from s.sent_at) = :year");
			params.put("year", filter.year());
		}
		return new Where(sql.toString(), params);
	}

	private static TrackerRow row(ResultSet rs, int n) throws SQLException {
		return new TrackerRow(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
				SignalKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
				rs.getString("ask"),
				new Authority(rs.getObject("authority_id", UUID.class), rs.getString("authority_office")),
				rs.getObject("meeting_id", UUID.class), rs.getString("theme"),
				SignalState.valueOf(rs.getString("state")), instant(rs, "sent_at"), instant(rs, "acknowledged_at"),
				instant(rs, "answered_at"), rs.getString("answer"), instant(rs, "followed_up_at"),
				outcome(rs.getString("outcome")));
	}

	private static @Nullable FollowUpOutcome outcome(@Nullable String outcome) {
		return (outcome != null) ? FollowUpOutcome.valueOf(outcome) : null;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private record Where(String sql, Map<String, Object> params) {
	}

}
