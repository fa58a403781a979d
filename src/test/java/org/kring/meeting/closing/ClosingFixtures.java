package org.kring.meeting.closing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.internal.MeetingDetails;
import org.kring.meeting.internal.MeetingFormat;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Meetings that started, registrations with attendance, and products written straight to
 * the database, for the closing tests. Rows go with their meeting, which
 * {@link MeetingFixtures#deleteAll()} deletes.
 */
public final class ClosingFixtures {

	private ClosingFixtures() {
	}

	/**
	 * A two-hour meeting that started an hour ago in Brussels.
	 * @param title the title
	 * @param publicMeeting whether anyone may see it
	 * @return the details
	 */
	public static MeetingDetails started(String title, boolean publicMeeting) {
		ZonedDateTime start = ZonedDateTime.now(MeetingFixtures.BRUSSELS).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
		return new MeetingDetails(title, "Housing and income", "We look at rent allowances.", start, start.plusHours(2),
				MeetingFormat.IN_PERSON, "Stationsstraat 1, Gent", "Zaal 2", null, null, 20, null, null, Set.of(),
				publicMeeting, MeetingDetails.DEFAULT_REMINDER_MINUTES, List.of(), Set.of());
	}

	/**
	 * Registrations by nickname, confirmed, the first {@code attended} marked present,
	 * and walk-ins.
	 */
	public static void registrations(JdbcTemplate jdbc, UUID meeting, int confirmed, int attended, int walkIns) {
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < confirmed + walkIns; i++) {
			boolean walkIn = i >= confirmed;
			Boolean present = walkIn || i < attended;
			jdbc.update(
					"insert into meeting_registration (id, meeting_id, name, state, position, cancel_token_hash,"
							+ " walk_in, attended, created_at) values (?, ?, ?, 'CONFIRMED', ?, ?, ?, ?, ?)",
					UUID.randomUUID(), meeting, "Guest " + i, i + 1, UUID.randomUUID().toString().replace("-", ""),
					walkIn, (attended > 0 || walkIn) ? present : null, now);
		}
	}

	/** Products of a closed meeting, of every kind in turn. */
	public static void products(JdbcTemplate jdbc, UUID meeting, int count) {
		for (int i = 0; i < count; i++) {
			jdbc.update(
					"insert into meeting_product (id, meeting_id, position, kind, title, description, authority,"
							+ " rule_tested) values (?, ?, ?, ?, ?, ?, ?, ?)",
					UUID.randomUUID(), meeting, i,
					List.of("TOOL", "JOINT_SIGNAL", "ACTION_PROPOSAL", "LEGISLATION_TEST").get(i % 4), "Product " + i,
					"What product " + i + " is", (i % 4 == 1) ? "City of Gent" : null,
					(i % 4 == 3) ? "Article 12" : null);
		}
	}

	/** Marks a meeting closed with minutes, as closing it does. */
	public static void closed(JdbcTemplate jdbc, UUID meeting, UUID by, String minutes) {
		jdbc.update("update meeting set state = 'CLOSED', minutes = ?, closed_at = ?, closed_by = ? where id = ?",
				minutes, Timestamp.from(Instant.now()), by, meeting);
	}

}
