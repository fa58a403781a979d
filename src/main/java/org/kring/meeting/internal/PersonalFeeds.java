package org.kring.meeting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kring.system.security.LinkSecrets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds: a secret address per person that calendar programs read
 * without signing in, holding the meetings the person registered for (confirmed or on the
 * waiting list). Only the secret's SHA-256 hash is kept, so the address is shown once,
 * when it is made; making a new one revokes the old one.
 */
@Service
public class PersonalFeeds {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PersonalFeeds(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Makes a new secret for a person's feed, revoking the one they had.
	 * @param personId the person
	 * @return the secret, for the feed's address; it cannot be read back later
	 */
	@Transactional
	public String renew(UUID personId) {
		String token = LinkSecrets.newSecret();
		this.jdbc.update("delete from meeting_calendar_feed where person_id = ?", personId);
		this.jdbc.update("insert into meeting_calendar_feed (person_id, token_hash, created_at) values (?, ?, ?)",
				personId, LinkSecrets.hash(token), Timestamp.from(this.clock.instant()));
		return token;
	}

	/**
	 * Revokes a person's feed: its address answers 404 from now on.
	 * @param personId the person
	 */
	@Transactional
	public void revoke(UUID personId) {
		this.jdbc.update("delete from meeting_calendar_feed where person_id = ?", personId);
	}

	/**
	 * When the person's current feed address was made.
	 * @param personId the person
	 * @return the moment, or empty when they have no feed
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> createdAt(UUID personId) {
		return this.jdbc
			.query("select created_at from meeting_calendar_feed where person_id = ?",
					(row, number) -> row.getTimestamp(1).toInstant(), personId)
			.stream()
			.findFirst();
	}

	/**
	 * The person whose feed a secret opens.
	 * @param token the secret from the address
	 * @return the person, or empty for a revoked or unknown secret
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> ownerOf(String token) {
		return this.jdbc
			.query("select person_id from meeting_calendar_feed where token_hash = ?",
					(row, number) -> row.getObject(1, UUID.class), LinkSecrets.hash(token))
			.stream()
			.findFirst();
	}

	/**
	 * The meetings a person registered for, confirmed or on the waiting list.
	 * @param personId the person
	 * @return the meetings' ids
	 */
	@Transactional(readOnly = true)
	public List<UUID> registeredMeetingsOf(UUID personId) {
		return this.jdbc.query(
				"select meeting_id from meeting_registration where person_id = ? and state in ('CONFIRMED', 'WAITING')",
				(row, number) -> row.getObject(1, UUID.class), personId);
	}

}
