package org.kring.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.kring.account.EmailAddresses;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #LIMIT} failed logins for one address typed
 * or from one remote address within {@link #WINDOW}, further attempts are refused until
 * the window has passed. Failures are kept in the database, so every node sees them.
 */
@Component
public class LoginThrottle {

	static final int LIMIT = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

	private static final int MAX_REMOTE_ADDRESS = 64;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicReference<Instant> lastPruned = new AtomicReference<>(Instant.MIN);

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether a login attempt must be refused without looking at the password.
	 * @param email the address as typed, possibly null
	 * @param remoteAddress the address the attempt comes from
	 * @return true while either has reached the limit within the window
	 */
	boolean isThrottled(@Nullable String email, String remoteAddress) {
		Instant since = this.clock.instant().minus(WINDOW);
		return this.jdbc.sql("""
				select count(case when account_key = :account then 1 end),
				       count(case when remote_address = :address then 1 end)
				from login_failure
				where failed_at > :since and (account_key = :account or remote_address = :address)
				""")
			.param("account", accountKey(email))
			.param("address", remoteAddress(remoteAddress))
			.param("since", timestamp(since))
			.query((row, number) -> row.getInt(1) >= LIMIT || row.getInt(2) >= LIMIT)
			.single();
	}

	/**
	 * Counts one failed login, and now and then forgets failures older than the window.
	 * @param email the address as typed, possibly null
	 * @param remoteAddress the address the attempt came from
	 */
	void recordFailure(@Nullable String email, String remoteAddress) {
		Instant now = this.clock.instant();
		this.jdbc.sql("insert into login_failure (account_key, remote_address, failed_at) values (?, ?, ?)")
			.params(accountKey(email), remoteAddress(remoteAddress), timestamp(now))
			.update();
		Instant last = this.lastPruned.get();
		if (!now.isBefore(last.plus(PRUNE_EVERY)) && this.lastPruned.compareAndSet(last, now)) {
			prune(now);
		}
	}

	int prune(Instant now) {
		return this.jdbc.sql("delete from login_failure where failed_at <= ?")
			.param(timestamp(now.minus(WINDOW)))
			.update();
	}

	static String accountKey(@Nullable String email) {
		if (email == null) {
			return "";
		}
		String normalized = EmailAddresses.normalize(email);
		return (normalized.length() > EmailAddresses.MAX_LENGTH) ? normalized.substring(0, EmailAddresses.MAX_LENGTH)
				: normalized;
	}

	private static String remoteAddress(String remoteAddress) {
		return (remoteAddress.length() > MAX_REMOTE_ADDRESS) ? remoteAddress.substring(0, MAX_REMOTE_ADDRESS)
				: remoteAddress;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
