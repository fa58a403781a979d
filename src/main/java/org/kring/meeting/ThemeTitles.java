package org.kring.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The titles of the themes a community chose for its meetings, for other modules that tie
 * something to a theme (such as a discussion thread) and show it to whoever may already
 * read the community. A theme is shown on its community's agenda.
 */
@Service
public class ThemeTitles {

	private final JdbcClient jdbc;

	ThemeTitles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The themes with these ids, in one query; unknown ids are left out.
	 * @param themeIds the themes
	 * @return each theme's title, by id
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Titled> of(Collection<UUID> themeIds) {
		if (themeIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select id, community_id, title from meeting_theme where id in (:ids)")
			.param("ids", themeIds)
			.query(ThemeTitles::titled)
			.list()
			.stream()
			.collect(Collectors.toMap(Titled::id, (theme) -> theme));
	}

	/**
	 * A community's open themes, proposed or scheduled, the most supported first, in one
	 * query.
	 * @param communityId the community
	 * @param limit how many at most
	 * @return the themes, none for an unknown community
	 */
	@Transactional(readOnly = true)
	public List<Titled> openIn(UUID communityId, int limit) {
		return this.jdbc
			.sql("select id, community_id, title from meeting_theme where community_id = :community"
					+ " and state in ('PROPOSED', 'SCHEDULED') order by support_count desc, title, id limit :limit")
			.param("community", communityId)
			.param("limit", limit)
			.query(ThemeTitles::titled)
			.list();
	}

	private static Titled titled(ResultSet row, int number) throws SQLException {
		return new Titled(row.getObject("id", UUID.class), row.getObject("community_id", UUID.class),
				row.getString("title"));
	}

	/**
	 * A theme's title.
	 *
	 * @param id the theme
	 * @param communityId its community
	 * @param title its title
	 */
	public record Titled(UUID id, UUID communityId, String title) {
	}

}
