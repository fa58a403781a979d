package org.kring.discussion;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.kring.meeting.MeetingFixtures;
import org.kring.system.TestPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Threads and posts for the discussion module's tests, written straight to the database
 * when a test needs many, and the removal of every thread of the communities the meeting
 * fixtures made, before those communities go.
 */
public final class DiscussionFixtures {

	private final JdbcTemplate jdbc;

	private final MeetingFixtures meetings;

	public DiscussionFixtures(JdbcTemplate jdbc, MeetingFixtures meetings) {
		this.jdbc = jdbc;
		this.meetings = meetings;
	}

	/** Makes a member joined two days ago, past a new member's limits. */
	public void settle(UUID community, TestPrincipal... people) {
		for (TestPrincipal person : people) {
			this.jdbc.update("update membership set joined_at = ? where community_id = ? and person_id = ?",
					Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)), community, person.id());
		}
	}

	/**
	 * Threads with their opening post, each last active a minute before the one after.
	 * @return their ids, oldest first
	 */
	public List<UUID> threads(UUID community, TestPrincipal author, int count) {
		List<UUID> ids = new ArrayList<>();
		Instant start = Instant.now().minus(count + 1, ChronoUnit.MINUTES);
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			Timestamp at = Timestamp.from(start.plus(i, ChronoUnit.MINUTES));
			this.jdbc.update(
					"insert into discussion_thread (id, community_id, title, open_to_public, pinned, locked,"
							+ " deleted, author_id, created_at, last_activity_at, reply_count, version)"
							+ " values (?, ?, ?, false, false, false, false, ?, ?, ?, 0, 0)",
					id, community, "Thread " + i, author.id(), at, at);
			post(id, author, "Opening post " + i, at);
			ids.add(id);
		}
		return ids;
	}

	/** Replies to a thread, a second apart, each by one of the authors in turn. */
	public void replies(UUID thread, int count, TestPrincipal... authors) {
		Instant start = Instant.now().minus(count + 1, ChronoUnit.SECONDS);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { UUID.randomUUID(), thread, authors[i % authors.length].id(), "Reply **" + i + "**",
					Timestamp.from(start.plus(i, ChronoUnit.SECONDS)) });
		}
		this.jdbc.batchUpdate("insert into discussion_post (id, thread_id, author_id, body, created_at, deleted,"
				+ " useful_tip, hidden, version) values (?, ?, ?, ?, ?, false, false, false, 0)", rows);
		this.jdbc.update("update discussion_post set created_at = ? where thread_id = ? and body like 'Opening post%'",
				Timestamp.from(start.minus(1, ChronoUnit.SECONDS)), thread);
		this.jdbc.update("update discussion_thread set reply_count = reply_count + ? where id = ?", count, thread);
	}

	private void post(UUID thread, TestPrincipal author, String text, Timestamp at) {
		this.jdbc.update(
				"insert into discussion_post (id, thread_id, author_id, body, created_at, deleted, useful_tip,"
						+ " hidden, version) values (?, ?, ?, ?, ?, false, false, false, 0)",
				UUID.randomUUID(), thread, author.id(), text, at);
	}

	/** Flags a post now by each of the people, a millisecond apart. */
	public void flags(UUID post, String reason, TestPrincipal... people) {
		Instant start = Instant.now();
		for (int i = 0; i < people.length; i++) {
			this.jdbc.update(
					"insert into discussion_flag (id, post_id, person_id, reason, created_at) values (?, ?, ?, ?, ?)",
					UUID.randomUUID(), post, people[i].id(), reason, Timestamp.from(start.plusMillis(i)));
		}
	}

	/**
	 * Deletes every thread, post, revision, flag, file, block and moderation log entry of
	 * the meeting fixtures' communities.
	 */
	public void deleteAll() {
		for (UUID community : this.meetings.communities()) {
			this.jdbc.update("delete from discussion_block where community_id = ?", community);
			this.jdbc.update("delete from discussion_moderation_log where community_id = ?", community);
			String posts = "select p.id from discussion_post p join discussion_thread t on t.id = p.thread_id"
					+ " where t.community_id = ?";
			this.jdbc.update("delete from discussion_post_revision where post_id in (" + posts + ")", community);
			this.jdbc.update("delete from discussion_flag where post_id in (" + posts + ")", community);
			this.jdbc.update("delete from discussion_attachment where post_id in (" + posts + ")", community);
			this.jdbc.update("delete from discussion_post where thread_id in"
					+ " (select id from discussion_thread where community_id = ?)", community);
			this.jdbc.update("delete from discussion_thread where community_id = ?", community);
		}
	}

}
