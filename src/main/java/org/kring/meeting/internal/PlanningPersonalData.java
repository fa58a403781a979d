package org.kring.meeting.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kring.account.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What meeting planning holds about a person: the series and meetings they planned and
 * the meetings they were chosen to facilitate. Erasing takes them off the meetings they
 * facilitate; the series and meetings they planned belong to their community and stay.
 */
@Component
class PlanningPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	PlanningPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "meetingPlanning";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		List<String> series = this.jdbc.sql("select title from meeting_series where created_by = ? order by created_at")
			.param(personId)
			.query(String.class)
			.list();
		List<String> planned = titles("select title, starts_at from meeting where created_by = ? order by starts_at",
				personId);
		List<String> facilitated = titles("select m.title, m.starts_at from meeting m join meeting_facilitator f"
				+ " on f.meeting_id = m.id where f.person_id = ? order by m.starts_at", personId);
		Map<String, Object> data = new LinkedHashMap<>();
		if (series.isEmpty() && planned.isEmpty() && facilitated.isEmpty()) {
			return data;
		}
		data.put("seriesPlanned", series);
		data.put("meetingsPlanned", planned);
		data.put("meetingsFacilitated", facilitated);
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		this.jdbc.sql("delete from meeting_facilitator where person_id = ?").param(personId).update();
	}

	private List<String> titles(String sql, UUID personId) {
		return this.jdbc.sql(sql)
			.param(personId)
			.query((rs, row) -> rs.getString(1) + " (" + rs.getTimestamp(2).toInstant() + ")")
			.list();
	}

}
