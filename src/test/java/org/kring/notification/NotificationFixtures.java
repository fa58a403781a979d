package org.kring.notification;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the notification module keeps of a person, forgotten after a test: their
 * notifications, levels, preference, digests and unsubscribe links.
 */
public final class NotificationFixtures {

	private NotificationFixtures() {
	}

	/**
	 * Deletes everything the notification module keeps of a person.
	 * @param jdbc the test's database
	 * @param person the person
	 */
	public static void forget(JdbcTemplate jdbc, UUID person) {
		jdbc.update("delete from notification where recipient_id = ?", person);
		jdbc.update("delete from notification_level where person_id = ?", person);
		jdbc.update("delete from notification_preference where person_id = ?", person);
		jdbc.update("delete from notification_digest where person_id = ?", person);
		jdbc.update("delete from notification_unsubscribe where person_id = ?", person);
	}

}
