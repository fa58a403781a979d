package org.kring.meeting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

	private static final SecureRandom RANDOM = new SecureRandom();

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
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.update("delete from meeting_calendar_feed where person_id = ?", personId);
		this.jdbc.update("insert into meeting_calendar_feed (person_id, token_hash, created_at) values (?, ?, ?)",
				personId, hash(token), Timestamp.from(this.clock.instant()));
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
					(row, number) -> row.getObject(1, UUID.class), hash(token))
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

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
