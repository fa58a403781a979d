package org.kring.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side of the theme agenda: flat rows for the agenda page and the community
 * page, each list read with one statement whatever its length.
 */
@Component
public class AgendaQueries {

	private static final String ROW = "select t.id, t.title, t.reason, t.link, t.proposed_by, t.proposed_at, t.state,"
			+ " t.support_count, t.meeting_id, m.title as meeting_title, m.starts_at, m.time_zone,"
			+ " i.title as merged_title, t.decline_reason from meeting_theme t"
			+ " left join meeting m on m.id = t.meeting_id left join meeting_theme i on i.id = t.merged_into"
			+ " where t.community_id = ?";

	private static final String RANKED = " order by t.support_count desc, t.proposed_at, t.id";

	private final JdbcTemplate jdbc;

	AgendaQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every theme of a community's agenda, the most supported first and, among equals,
	 * the oldest.
	 * @param communityId the community
	 * @return the themes
	 */
	public List<AgendaRow> themes(UUID communityId) {
		return this.jdbc.query(ROW + RANKED, AgendaQueries::row, communityId);
	}

	/**
	 * The proposed themes with most support, for the community page.
	 * @param communityId the community
	 * @param limit how many at most
	 * @return the themes, the most supported first
	 */
	public List<AgendaRow> topProposed(UUID communityId, int limit) {
		return this.jdbc.query(ROW + " and t.state = 'PROPOSED'" + RANKED + " fetch first " + limit + " rows only",
				AgendaQueries::row, communityId);
	}

	/**
	 * The themes of a community a person supports.
	 * @param communityId the community
	 * @param personId the person
	 * @return the theme ids
	 */
	public Set<UUID> supportedBy(UUID communityId, UUID personId) {
		return new HashSet<>(this.jdbc
			.queryForList("select s.theme_id from meeting_theme_support s join meeting_theme t on t.id = s.theme_id"
					+ " where t.community_id = ? and s.person_id = ?", UUID.class, communityId, personId));
	}

	/**
	 * The people who support a theme.
	 * @param themeId the theme
	 * @return their person ids, in the order they supported it
	 */
	public List<UUID> supportersOf(UUID themeId) {
		return this.jdbc.queryForList(
				"select person_id from meeting_theme_support where theme_id = ? order by supported_at, person_id",
				UUID.class, themeId);
	}

	/**
	 * The meetings of a community a theme may be scheduled onto: upcoming, not cancelled
	 * or closed, and treating no theme from the agenda yet.
	 * @param communityId the community
	 * @param now the current time
	 * @return the meetings, the soonest first
	 */
	public List<MeetingChoice> schedulableMeetings(UUID communityId, Instant now) {
		return this.jdbc.query(
				"select m.id, m.title, m.starts_at, m.time_zone from meeting m"
						+ " where m.community_id = ? and m.state = 'SCHEDULED' and m.starts_at > ?"
						+ " and not exists (select 1 from meeting_theme t where t.meeting_id = m.id)"
						+ " order by m.starts_at, m.id",
				(rs, n) -> new MeetingChoice(rs.getObject("id", UUID.class), rs.getString("title"),
						instant(rs, "starts_at").atZone(ZoneId.of(rs.getString("time_zone")))),
				communityId, now.atOffset(java.time.ZoneOffset.UTC));
	}

	private static AgendaRow row(ResultSet rs, int n) throws SQLException {
		return new AgendaRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("reason"),
				rs.getString("link"), rs.getObject("proposed_by", UUID.class), instant(rs, "proposed_at"),
				ThemeState.valueOf(rs.getString("state")), rs.getInt("support_count"),
				rs.getObject("meeting_id", UUID.class), rs.getString("meeting_title"),
				AgendaRow.start(nullableInstant(rs, "starts_at"), rs.getString("time_zone")),
				rs.getString("merged_title"), rs.getString("decline_reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Instant value = nullableInstant(rs, column);
		if (value == null) {
			throw new SQLException("No " + column);
		}
		return value;
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * A meeting a theme may be scheduled onto.
	 *
	 * @param id the meeting
	 * @param title its title
	 * @param start when it starts, in its zone
	 */
	public record MeetingChoice(UUID id, String title, ZonedDateTime start) {
	}

}
