package org.kring.community.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every change of membership: who did what to whose membership, and when.
 * Written in the transaction of the change itself, so that no change goes unrecorded.
 */
@Repository
public class MembershipHistory {

	private static final String COLUMNS = "select kind, actor_id, subject_id, subject_email, role, occurred_at "
			+ "from membership_event ";

	private static final RowMapper<Entry> ENTRY = (rs, row) -> new Entry(
			MembershipEventKind.valueOf(rs.getString("kind")), rs.getObject("actor_id", UUID.class),
			rs.getObject("subject_id", UUID.class), rs.getString("subject_email"), role(rs.getString("role")),
			rs.getObject("occurred_at", OffsetDateTime.class).toInstant());

	private final JdbcClient jdbc;

	MembershipHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records one change.
	 * @param communityId the community
	 * @param kind what happened
	 * @param actor who did it, or null when nobody did (an erasure)
	 * @param subject whose membership it concerns, or null when nobody with an account
	 * @param subjectEmail the invited address, for invitations
	 * @param role the role concerned, if any
	 * @param now the moment
	 */
	public void record(UUID communityId, MembershipEventKind kind, @Nullable UUID actor, @Nullable UUID subject,
			@Nullable String subjectEmail, @Nullable CommunityRole role, Instant now) {
		this.jdbc
			.sql("insert into membership_event (id, community_id, kind, actor_id, subject_id, subject_email, role, "
					+ "occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), communityId, kind.name(), actor, subject, subjectEmail,
					(role != null) ? role.name() : null, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	/**
	 * One page of a community's history, newest first.
	 * @param communityId the community
	 * @param offset how many to skip
	 * @param limit how many at most
	 * @return the events
	 */
	public List<Entry> of(UUID communityId, int offset, int limit) {
		return this.jdbc
			.sql(COLUMNS
					+ "where community_id = ? order by occurred_at desc, id desc offset ? rows fetch next ? rows only")
			.params(communityId, offset, limit)
			.query(ENTRY)
			.list();
	}

	public long countOf(UUID communityId) {
		return this.jdbc.sql("select count(*) from membership_event where community_id = ?")
			.param(communityId)
			.query(Long.class)
			.single();
	}

	/**
	 * The events a person did or underwent, for their export.
	 * @param personId the person
	 * @return the events, oldest first
	 */
	public List<Entry> involving(UUID personId) {
		return this.jdbc.sql(COLUMNS + "where actor_id = ? or subject_id = ? order by occurred_at, id")
			.params(personId, personId)
			.query(ENTRY)
			.list();
	}

	/**
	 * Keeps the events but forgets the person in them.
	 * @param personId the erased person
	 * @param email their address, to forget in invitations, if known
	 */
	public void anonymise(UUID personId, @Nullable String email) {
		this.jdbc.sql("update membership_event set actor_id = null where actor_id = ?").param(personId).update();
		this.jdbc.sql("update membership_event set subject_id = null, subject_email = null where subject_id = ?")
			.param(personId)
			.update();
		if (email != null) {
			this.jdbc.sql("update membership_event set subject_email = null where subject_email = ?")
				.param(email)
				.update();
		}
	}

	private static @Nullable CommunityRole role(@Nullable String name) {
		return (name != null) ? CommunityRole.valueOf(name) : null;
	}

	/**
	 * One recorded change.
	 *
	 * @param kind what happened
	 * @param actor who did it, null when erased or nobody
	 * @param subject whose membership, null when erased or nobody with an account
	 * @param subjectEmail the invited address, for invitations
	 * @param role the role concerned, if any
	 * @param occurredAt when
	 */
	public record Entry(MembershipEventKind kind, @Nullable UUID actor, @Nullable UUID subject,
			@Nullable String subjectEmail, @Nullable CommunityRole role, Instant occurredAt) {
	}

}
