package org.kring.result.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.kring.system.security.LinkSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signals behind personal links, and the reminders due: what {@link Signals} does not
 * say. A signal is found by the hash of its link's secret, locked for the change the link
 * makes, so that two answers at once are taken one after the other.
 */
@Component
class SignalLinks {

	private static final String STILL_OPEN = "state in ('SENT', 'ACKNOWLEDGED')";

	private final EntityManager entities;

	private final JdbcClient jdbc;

	SignalLinks(EntityManager entities, JdbcClient jdbc) {
		this.entities = entities;
		this.jdbc = jdbc;
	}

	/** The signal a link opens, for reading. */
	Optional<Signal> find(String secret) {
		return find(secret, LockModeType.NONE);
	}

	/** The signal a link opens, its row locked until the transaction ends. */
	Optional<Signal> lock(String secret) {
		return find(secret, LockModeType.PESSIMISTIC_WRITE);
	}

	private Optional<Signal> find(String secret, LockModeType lock) {
		return this.entities.createQuery("select s from Signal s where s.answerTokenHash = :hash", Signal.class)
			.setParameter("hash", LinkSecrets.hash(secret))
			.setLockMode(lock)
			.getResultStream()
			.findFirst();
	}

	/** Whether a link was replaced by the one in the reminder. */
	boolean replaced(String secret) {
		return this.jdbc.sql("select count(*) from result_signal where replaced_token_hash = ?")
			.param(LinkSecrets.hash(secret))
			.query(Long.class)
			.single() > 0;
	}

	/** The signals whose one reminder is due and not yet sent. */
	List<UUID> remindersDue(Instant now) {
		return this.jdbc
			.sql("select id from result_signal where reminder_due_at <= ? and reminded_at is null and " + STILL_OPEN
					+ " and contact_email is not null")
			.param(Timestamp.from(now))
			.query(UUID.class)
			.list();
	}

	/**
	 * Claims a signal's reminder and puts a new link in place of the old one: of two runs
	 * at once, only one changes the row, and not once the signal was answered.
	 * @return true when this run claimed it
	 */
	boolean claimReminder(UUID id, String newSecret, Instant now) {
		return this.jdbc
			.sql("update result_signal set reminded_at = ?, replaced_token_hash = answer_token_hash,"
					+ " answer_token_hash = ?, version = version + 1 where id = ? and reminded_at is null and "
					+ STILL_OPEN)
			.params(Timestamp.from(now), LinkSecrets.hash(newSecret), id)
			.update() == 1;
	}

}
