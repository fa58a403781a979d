package org.kring.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the theme agendas hold about a person: the themes they proposed and the themes
 * they support. Erasure withdraws their supports, with the counts made again; the themes
 * they proposed stay on their communities' agendas, as others support them and meetings
 * treat them, with the id of a person who no longer exists as their proposer.
 */
@Component
class ThemePersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	ThemePersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "themes";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		List<Map<String, Object>> proposed = this.jdbc
			.query("select id, community_id, title, reason, link, state, proposed_at from meeting_theme"
					+ " where proposed_by = ? order by proposed_at", (rs, n) -> {
						Map<String, Object> row = new LinkedHashMap<>();
						row.put("themeId", rs.getString("id"));
						row.put("communityId", rs.getString("community_id"));
						row.put("title", rs.getString("title"));
						putIfPresent(row, "reason", rs.getString("reason"));
						putIfPresent(row, "link", rs.getString("link"));
						row.put("state", rs.getString("state"));
						row.put("proposedAt", moment(rs, "proposed_at"));
						return row;
					}, personId);
		List<Map<String, Object>> supported = this.jdbc.query(
				"select t.id, t.title, s.supported_at from meeting_theme_support s"
						+ " join meeting_theme t on t.id = s.theme_id where s.person_id = ? order by s.supported_at",
				(rs, n) -> Map.<String, Object>of("themeId", rs.getString("id"), "title", rs.getString("title"),
						"supportedAt", moment(rs, "supported_at")),
				personId);
		Map<String, Object> data = new LinkedHashMap<>();
		if (!proposed.isEmpty()) {
			data.put("proposed", proposed);
		}
		if (!supported.isEmpty()) {
			data.put("supported", supported);
		}
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		List<UUID> themes = this.jdbc.queryForList(
				"select theme_id from meeting_theme_support where person_id = ? order by theme_id", UUID.class,
				personId);
		for (UUID theme : themes) {
			// The theme's row lock, as for any support, keeps the count exact.
			this.jdbc.queryForList("select id from meeting_theme where id = ? for update", UUID.class, theme);
			this.jdbc.update("delete from meeting_theme_support where theme_id = ? and person_id = ?", theme, personId);
			this.jdbc.update("update meeting_theme set support_count = (select count(*) from meeting_theme_support s"
					+ " where s.theme_id = ?), version = version + 1 where id = ?", theme, theme);
		}
	}

	private static String moment(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant().toString();
	}

	private static void putIfPresent(Map<String, Object> row, String key, @Nullable String value) {
		if (value != null) {
			row.put(key, value);
		}
	}

}
