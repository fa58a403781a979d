package org.kring.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The titles and dates of meetings, for other modules that show where something came from
 * (such as a result and the meeting that produced it) to whoever may already read the
 * meeting's community.
 */
@Service
public class MeetingTitles {

	private final JdbcClient jdbc;

	MeetingTitles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The meetings with these ids, in one query; unknown ids are left out.
	 * @param meetingIds the meetings
	 * @return each meeting's title and start, by id
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Titled> of(Collection<UUID> meetingIds) {
		if (meetingIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select id, title, starts_at from meeting where id in (:ids)")
			.param("ids", meetingIds)
			.query(MeetingTitles::titled)
			.list()
			.stream()
			.collect(Collectors.toMap(Titled::id, (meeting) -> meeting));
	}

	/**
	 * A community's meetings, the latest first, in one query: such as the meetings a
	 * discussion thread may be about.
	 * @param communityId the community
	 * @param limit how many at most
	 * @return the meetings, none for an unknown community
	 */
	@Transactional(readOnly = true)
	public List<Titled> ofCommunity(UUID communityId, int limit) {
		return this.jdbc
			.sql("select id, title, starts_at from meeting where community_id = :community"
					+ " order by starts_at desc, id limit :limit")
			.param("community", communityId)
			.param("limit", limit)
			.query(MeetingTitles::titled)
			.list();
	}

	private static Titled titled(ResultSet row, int number) throws SQLException {
		return new Titled(row.getObject("id", UUID.class), row.getString("title"),
				row.getObject("starts_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * A meeting's title and when it started.
	 *
	 * @param id the meeting
	 * @param title its title
	 * @param startsAt when it started
	 */
	public record Titled(UUID id, String title, Instant startsAt) {

		/**
		 * The address of the meeting's page.
		 * @return such as {@code /meetings/…}
		 */
		public String path() {
			return "/meetings/" + this.id;
		}

	}

}
