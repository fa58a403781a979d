package org.kring.result.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kring.account.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the result module holds about a person: the actions they own and the progress
 * updates they wrote. Erasure takes them off their actions (an open action left without
 * owner needs one); their updates stay with the action, as the community's record of what
 * was done, under the name every erased person's content shows.
 */
@Component
class ActionPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	ActionPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "actions";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		List<Map<String, Object>> owned = this.jdbc
			.query("select a.id, a.community_id, a.agenda_year, a.title, a.status, a.due_on from result_action a"
					+ " join result_action_owner o on o.action_id = a.id where o.person_id = ?"
					+ " order by a.agenda_year, a.created_at", (rs, n) -> {
						Map<String, Object> row = new LinkedHashMap<>();
						row.put("actionId", rs.getString("id"));
						row.put("communityId", rs.getString("community_id"));
						row.put("year", rs.getInt("agenda_year"));
						row.put("title", rs.getString("title"));
						row.put("status", rs.getString("status"));
						if (rs.getDate("due_on") != null) {
							row.put("dueOn", rs.getDate("due_on").toLocalDate().toString());
						}
						return row;
					}, personId);
		List<Map<String, Object>> updates = this.jdbc
			.query("select u.action_id, a.title, u.update_on, u.text, u.percentage, u.written_at"
					+ " from result_action_update u join result_action a on a.id = u.action_id"
					+ " where u.written_by = ? order by u.written_at", (rs, n) -> {
						Map<String, Object> row = new LinkedHashMap<>();
						row.put("actionId", rs.getString("action_id"));
						row.put("action", rs.getString("title"));
						row.put("date", rs.getDate("update_on").toLocalDate().toString());
						row.put("text", rs.getString("text"));
						row.put("percentage", rs.getInt("percentage"));
						row.put("writtenAt", moment(rs, "written_at"));
						return row;
					}, personId);
		Map<String, Object> data = new LinkedHashMap<>();
		if (!owned.isEmpty()) {
			data.put("owned", owned);
		}
		if (!updates.isEmpty()) {
			data.put("updates", updates);
		}
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		List<UUID> actions = this.jdbc.queryForList(
				"select action_id from result_action_owner where person_id = ? order by action_id", UUID.class,
				personId);
		this.jdbc.update("delete from result_action_owner where person_id = ?", personId);
		for (UUID action : actions) {
			this.jdbc.update(
					"update result_action set needs_owner = true, version = version + 1 where id = ?"
							+ " and status in ('PLANNED', 'IN_PROGRESS')"
							+ " and not exists (select 1 from result_action_owner o where o.action_id = ?)",
					action, action);
		}
	}

	private static String moment(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant().toString();
	}

}
