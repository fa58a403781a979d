package org.kring.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statements of notifications by e-mail: what is waiting to be mailed, the claims of
 * single notifications and of digests, and the unsubscribe links. Each is one query
 * whatever the amount of data; callers hold the transaction.
 */
@Repository
class MailStore {

	/** The most notifications one run mails one by one; the next run takes the rest. */
	static final int IMMEDIATE_BATCH = 500;

	private static final String COLUMNS = "n.id, n.recipient_id, n.kind, n.community_id, n.link, n.arguments,"
			+ " n.created_at, n.read_at ";

	private final JdbcClient jdbc;

	MailStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The unread notifications of mailable kinds, not mailed yet, of people who want each
	 * at once, oldest first.
	 * @param since the oldest worth mailing: older news is no news any more
	 */
	List<Addressed> waitingForImmediate(Instant since) {
		return this.jdbc.sql("select " + COLUMNS + """
				from notification n join notification_preference p on p.person_id = n.recipient_id
				where p.email_mode = :mode and n.kind in (:kinds) and n.mailed_at is null and n.read_at is null
				and n.created_at >= :since
				order by n.created_at, n.id fetch first :limit rows only""")
			.param("mode", EmailMode.IMMEDIATE.name())
			.param("kinds", mailableKinds())
			.param("since", at(since))
			.param("limit", IMMEDIATE_BATCH)
			.query(MailStore::addressed)
			.list();
	}

	/**
	 * Claims one notification for its mail: false when it was mailed or read meanwhile,
	 * also by a run at the same time (which waits for this one's transaction).
	 */
	boolean claimNotification(UUID notificationId, Instant now) {
		return this.jdbc
			.sql("update notification set mailed_at = ? where id = ? and mailed_at is null and read_at is null")
			.params(at(now), notificationId)
			.update() == 1;
	}

	/**
	 * The news of a digest period, for everyone whose mode it is and who has no digest of
	 * it yet: the unread notifications of mailable kinds not mailed yet, made before the
	 * digest is due and after the person's previous digest of this kind (or, without one,
	 * within the period), by person and then oldest first.
	 */
	List<Addressed> digestNews(DigestPeriod period) {
		return this.jdbc.sql("select " + COLUMNS + """
				from notification n left join notification_preference p on p.person_id = n.recipient_id
				where coalesce(p.email_mode, :default) = :mode and n.kind in (:kinds)
				and n.read_at is null and n.mailed_at is null and n.created_at < :due
				and n.created_at >= coalesce((select max(d.due_at) from notification_digest d
				  where d.person_id = n.recipient_id and d.email_mode = :mode), :earliest)
				and not exists (select 1 from notification_digest d where d.person_id = n.recipient_id
				  and d.email_mode = :mode and d.period_start = :start)
				order by n.recipient_id, n.created_at, n.id""")
			.param("default", EmailMode.DEFAULT.name())
			.param("mode", period.mode().name())
			.param("kinds", mailableKinds())
			.param("due", at(period.due()))
			.param("earliest", at(period.earliest()))
			.param("start", period.start())
			.query(MailStore::addressed)
			.list();
	}

	/**
	 * Claims a person's digest of a period; a second claim fails on the primary key, also
	 * when two runs claim at once.
	 */
	void claimDigest(UUID personId, DigestPeriod period, int items, Instant now) {
		this.jdbc.sql("""
				insert into notification_digest (person_id, email_mode, period_start, due_at, sent_at, items)
				 values (?, ?, ?, ?, ?, ?)""")
			.params(personId, period.mode().name(), period.start(), at(period.due()), at(now), items)
			.update();
	}

	/** Marks notifications mailed, as a digest lists them. */
	void markMailed(Collection<UUID> notificationIds, Instant now) {
		this.jdbc.sql("update notification set mailed_at = :now where id in (:ids) and mailed_at is null")
			.param("now", at(now))
			.param("ids", notificationIds)
			.update();
	}

	void issueUnsubscribe(String secretHash, UUID personId, Instant now) {
		this.jdbc.sql("insert into notification_unsubscribe (secret_hash, person_id, created_at) values (?, ?, ?)")
			.params(secretHash, personId, at(now))
			.update();
	}

	/** The link with this hash: whose it is and whether it was used. */
	Optional<UnsubscribeLink> unsubscribeLink(String secretHash) {
		return this.jdbc.sql("select person_id, used_at from notification_unsubscribe where secret_hash = ?")
			.param(secretHash)
			.query((rs, row) -> new UnsubscribeLink(rs.getObject("person_id", UUID.class),
					rs.getObject("used_at", OffsetDateTime.class) != null))
			.optional();
	}

	/** Uses a link: false when it was used before, also by a request at the same time. */
	boolean useUnsubscribe(String secretHash, Instant now) {
		return this.jdbc
			.sql("update notification_unsubscribe set used_at = ? where secret_hash = ? and used_at is null")
			.params(at(now), secretHash)
			.update() == 1;
	}

	/** Forgets the links of mails sent before a moment. */
	int forgetUnsubscribes(Instant before) {
		return this.jdbc.sql("delete from notification_unsubscribe where created_at < ?").param(at(before)).update();
	}

	/** A person's digests, oldest first, for their export. */
	List<Map<String, Object>> digestsOf(UUID personId) {
		return this.jdbc.sql("""
				select email_mode, period_start, sent_at, items from notification_digest
				 where person_id = ? order by sent_at""")
			.param(personId)
			.query((rs, row) -> Map.<String, Object>of("emailMode", rs.getString("email_mode"), "period",
					rs.getObject("period_start", LocalDate.class).toString(), "sentAt",
					required(rs, "sent_at").toString(), "items", rs.getInt("items")))
			.list();
	}

	/** When the person's unsubscribe links were issued and used, for their export. */
	List<Map<String, Object>> unsubscribesOf(UUID personId) {
		return this.jdbc
			.sql("select created_at, used_at from notification_unsubscribe where person_id = ? order by created_at")
			.param(personId)
			.query((rs, row) -> {
				Instant used = instant(rs, "used_at");
				return Map.<String, Object>of("issuedAt", required(rs, "created_at").toString(), "used", used != null);
			})
			.list();
	}

	void erase(UUID personId) {
		this.jdbc.sql("delete from notification_digest where person_id = ?").param(personId).update();
		this.jdbc.sql("delete from notification_unsubscribe where person_id = ?").param(personId).update();
	}

	private static List<String> mailableKinds() {
		return Arrays.stream(NotificationKind.values()).filter(NotificationKind::mailable).map(Enum::name).toList();
	}

	private static Addressed addressed(ResultSet rs, int row) throws SQLException {
		return new Addressed(rs.getObject("recipient_id", UUID.class),
				new Notification(rs.getObject("id", UUID.class), NotificationKind.valueOf(rs.getString("kind")),
						rs.getObject("community_id", UUID.class), rs.getString("link"),
						NotificationStore.decode(rs.getString("arguments")), required(rs, "created_at"),
						instant(rs, "read_at")));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static Instant required(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * A notification with its recipient.
	 *
	 * @param recipientId the person it is for
	 * @param notification the notification
	 */
	record Addressed(UUID recipientId, Notification notification) {
	}

	/**
	 * An unsubscribe link as the database knows it.
	 *
	 * @param personId whose mails it stops
	 * @param used whether it was used before
	 */
	record UnsubscribeLink(UUID personId, boolean used) {
	}

}
