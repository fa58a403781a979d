package org.kring.meeting.closing;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the attendance facilitators recorded on a meeting's registrations, in one query
 * whatever their number.
 */
@Component
public class AttendanceCounts {

	private final JdbcTemplate jdbc;

	AttendanceCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The attendance of one meeting.
	 * @param meetingId the meeting
	 * @return the counts, all zero for a meeting without registrations
	 */
	public Attendance of(UUID meetingId) {
		return this.jdbc.queryForObject("""
				select
				  coalesce(sum(case when walk_in = false and state = 'CONFIRMED' then 1 else 0 end), 0) as registered,
				  coalesce(sum(case when walk_in = false and attended = true then 1 else 0 end), 0) as attended,
				  coalesce(sum(case when walk_in = true and state <> 'CANCELLED' then 1 else 0 end), 0) as walk_ins,
				  coalesce(sum(case when attended is not null or walk_in = true then 1 else 0 end), 0) as recorded
				from meeting_registration where meeting_id = ?""",
				(row, number) -> new Attendance(row.getInt("registered"), row.getInt("attended"),
						row.getInt("walk_ins"), row.getInt("recorded") > 0),
				meetingId);
	}

}
