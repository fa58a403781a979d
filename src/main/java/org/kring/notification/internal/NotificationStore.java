package org.kring.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notification tables: every statement on them, each one query whatever the amount of
 * data. Callers hold the transaction.
 */
@Repository
class NotificationStore {

	/** Arguments are kept one per line; a line break inside one becomes a space. */
	private static final String SEPARATOR = "\n";

	private static final int ARGUMENTS_MAX = 2000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	NotificationStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * The levels people chose in a community; people without a choice are left out.
	 */
	Map<UUID, CommunityLevel> levelsIn(UUID communityId) {
		Map<UUID, CommunityLevel> levels = new HashMap<>();
		this.jdbc.sql("select person_id, level from notification_level where community_id = ?")
			.param(communityId)
			.query((ResultSet rs) -> {
				levels.put(rs.getObject("person_id", UUID.class), CommunityLevel.valueOf(rs.getString("level")));
			});
		return levels;
	}

	/** The people who have a notification of this kind about this subject already. */
	Set<UUID> notifiedOf(NotificationKind kind, UUID subjectId) {
		return new HashSet<>(this.jdbc.sql("select recipient_id from notification where kind = ? and subject_id = ?")
			.params(kind.name(), subjectId)
			.query(UUID.class)
			.list());
	}

	void insert(Collection<UUID> recipients, NotificationKind kind, @Nullable UUID communityId, UUID subjectId,
			String link, List<String> arguments, Instant now) {
		if (recipients.isEmpty()) {
			return;
		}
		String kept = encode(arguments);
		OffsetDateTime at = at(now);
		this.batch.batchUpdate(
				"insert into notification (id, recipient_id, kind, community_id, subject_id, link, arguments,"
						+ " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				recipients.stream()
					.map((recipient) -> new Object[] { UUID.randomUUID(), recipient, kind.name(), communityId,
							subjectId, link, kept, at })
					.toList());
	}

	long unread(UUID personId) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
			.param(personId)
			.query(Long.class)
			.single();
	}

	long total(UUID personId) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = ?")
			.param(personId)
			.query(Long.class)
			.single();
	}

	List<Notification> newestFirst(UUID personId, int offset, int limit) {
		return this.jdbc.sql("""
				select id, kind, community_id, link, arguments, created_at, read_at from notification
				 where recipient_id = ? order by created_at desc, id desc offset ? rows fetch next ? rows only""")
			.params(personId, offset, limit)
			.query(NotificationStore::notification)
			.list();
	}

	/** Marks one of the person's notifications read; false when they have no such one. */
	boolean markRead(UUID personId, UUID notificationId, Instant now) {
		return this.jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ?")
			.params(at(now), notificationId, personId)
			.update() > 0;
	}

	/** The link of one of the person's notifications, marking it read. */
	@Nullable String open(UUID personId, UUID notificationId, Instant now) {
		if (!markRead(personId, notificationId, now)) {
			return null;
		}
		return this.jdbc.sql("select link from notification where id = ?")
			.param(notificationId)
			.query(String.class)
			.single();
	}

	int markAllRead(UUID personId, Instant now) {
		return this.jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
			.params(at(now), personId)
			.update();
	}

	EmailMode emailMode(UUID personId) {
		return this.jdbc.sql("select email_mode from notification_preference where person_id = ?")
			.param(personId)
			.query(String.class)
			.optional()
			.map(EmailMode::valueOf)
			.orElse(EmailMode.DEFAULT);
	}

	/**
	 * The levels a person chose, by community; communities without a choice are left out.
	 */
	Map<UUID, CommunityLevel> levelsOf(UUID personId) {
		Map<UUID, CommunityLevel> levels = new HashMap<>();
		this.jdbc.sql("select community_id, level from notification_level where person_id = ?")
			.param(personId)
			.query((ResultSet rs) -> {
				levels.put(rs.getObject("community_id", UUID.class), CommunityLevel.valueOf(rs.getString("level")));
			});
		return levels;
	}

	void saveEmailMode(UUID personId, EmailMode mode) {
		int updated = this.jdbc.sql("update notification_preference set email_mode = ? where person_id = ?")
			.params(mode.name(), personId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into notification_preference (person_id, email_mode) values (?, ?)")
				.params(personId, mode.name())
				.update();
		}
	}

	/**
	 * Replaces the person's levels in these communities; the default is kept as no row.
	 */
	void saveLevels(UUID personId, Map<UUID, CommunityLevel> levels) {
		if (levels.isEmpty()) {
			return;
		}
		this.jdbc.sql("delete from notification_level where person_id = :person and community_id in (:communities)")
			.param("person", personId)
			.param("communities", levels.keySet())
			.update();
		this.batch.batchUpdate("insert into notification_level (person_id, community_id, level) values (?, ?, ?)",
				levels.entrySet()
					.stream()
					.filter((entry) -> entry.getValue() != CommunityLevel.DEFAULT)
					.map((entry) -> new Object[] { personId, entry.getKey(), entry.getValue().name() })
					.toList());
	}

	void erase(UUID personId) {
		this.jdbc.sql("delete from notification where recipient_id = ?").param(personId).update();
		this.jdbc.sql("delete from notification_level where person_id = ?").param(personId).update();
		this.jdbc.sql("delete from notification_preference where person_id = ?").param(personId).update();
	}

	static String encode(List<String> arguments) {
		String joined = String.join(SEPARATOR,
				arguments.stream().map((argument) -> argument.replace('\r', ' ').replace('\n', ' ')).toList());
		return (joined.length() > ARGUMENTS_MAX) ? joined.substring(0, ARGUMENTS_MAX) : joined;
	}

	static List<String> decode(String kept) {
		return kept.isEmpty() ? List.of() : Arrays.asList(kept.split(SEPARATOR, -1));
	}

	private static Notification notification(ResultSet rs, int row) throws SQLException {
		OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
		return new Notification(rs.getObject("id", UUID.class), NotificationKind.valueOf(rs.getString("kind")),
				rs.getObject("community_id", UUID.class), rs.getString("link"), decode(rs.getString("arguments")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), (read != null) ? read.toInstant() : null);
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
