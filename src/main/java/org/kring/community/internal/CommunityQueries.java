package org.kring.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityKind;
import org.kring.community.CommunityRole;
import org.kring.community.CommunityStatus;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;
import org.kring.system.KringPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the community lists: flat rows in a fixed number of statements
 * whatever the number of communities (a count, a page, the page's themes and places).
 * Filters on content (kind, country, theme, working language, domain statement) match
 * only communities the reader may read, so that a members-only community does not give
 * away what it is about through the filters.
 */
@Service
public class CommunityQueries {

	/** How many themes the list's theme filter offers at most. */
	public static final int MAX_THEME_OPTIONS = 100;

	private final JdbcClient jdbc;

	private final CommunityAccess access;

	CommunityQueries(JdbcClient jdbc, CommunityAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * One page of the communities a reader finds, by name.
	 * @param filter what to narrow the list to
	 * @param me the signed-in reader, or null for a visitor
	 * @param language the reader's language, for names and domain statements
	 * @param page the page, from 1
	 * @param size how many communities a page holds
	 * @param publicOnly true to list public communities only, whoever reads (the JSON
	 * API)
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public ResultPage<CommunityRow> list(CommunityFilter filter, @Nullable KringPrincipal me, Locale language, int page,
			int size, boolean publicOnly) {
		Query query = new Query(filter, publicOnly ? null : me, language.getLanguage(), publicOnly);
		long total = query.bind(this.jdbc.sql("select count(*) " + query.from())).query(Long.class).single();
		List<CommunityRow> rows = query
			.bind(this.jdbc.sql(query.select() + query.from() + " order by lower(coalesce(t.name, c.name)), c.slug"
					+ " limit :limit offset :offset"))
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query((rs, n) -> row(rs))
			.list();
		Viewer anywhere = (me != null && !publicOnly) ? new Viewer(me, null) : Viewer.visitor();
		List<CommunityRow> shown = rows.stream()
			.map((row) -> this.access.canSee(row,
					(row.viewerRole() != null) ? new Viewer(me, row.viewerRole()) : anywhere) ? row : row.unreadable())
			.toList();
		return new ResultPage<>(withTags(shown), page, size, total);
	}

	/**
	 * The themes, countries and working languages that public communities use, for the
	 * list's filters: every country and language, and the {@value #MAX_THEME_OPTIONS}
	 * themes used most, since anyone may coin a theme.
	 * @return the options, each sorted
	 */
	@Transactional(readOnly = true)
	public FilterOptions options() {
		List<String[]> values = this.jdbc.sql("""
				select 'theme' as what, t.theme as val from (
				  select ct.theme, count(*) as uses from community_theme ct
				    join community c on c.id = ct.community_id and c.status = 'ACTIVE' and c.visibility = 'PUBLIC'
				   group by ct.theme order by uses desc, ct.theme limit :themes) t
				union
				select 'country', cc.country from community_country cc
				  join community c on c.id = cc.community_id and c.status = 'ACTIVE' and c.visibility = 'PUBLIC'
				union
				select 'language', cl.language from community_language cl
				  join community c on c.id = cl.community_id and c.status = 'ACTIVE' and c.visibility = 'PUBLIC'
				""")
			.param("themes", MAX_THEME_OPTIONS)
			.query((rs, n) -> new String[] { rs.getString("what"), rs.getString("val") })
			.list();
		return new FilterOptions(sorted(values, "theme"), sorted(values, "country"), sorted(values, "language"));
	}

	private static List<String> sorted(List<String[]> values, String what) {
		return values.stream().filter((value) -> value[0].equals(what)).map((value) -> value[1]).sorted().toList();
	}

	private List<CommunityRow> withTags(List<CommunityRow> rows) {
		List<UUID> readable = rows.stream().filter(CommunityRow::readable).map(CommunityRow::id).toList();
		if (readable.isEmpty()) {
			return rows;
		}
		Map<UUID, List<String>> themes = new HashMap<>();
		Map<UUID, List<Place>> places = new HashMap<>();
		this.jdbc.sql("""
				select community_id, 'theme' as what, theme as val, '' as region from community_theme
				 where community_id in (:ids)
				union all
				select community_id, 'country', country, region from community_country where community_id in (:ids)
				order by 2, 3, 4
				""").param("ids", readable).query((rs) -> {
			UUID id = rs.getObject("community_id", UUID.class);
			if ("theme".equals(rs.getString("what"))) {
				themes.computeIfAbsent(id, (key) -> new ArrayList<>()).add(rs.getString("val"));
			}
			else {
				places.computeIfAbsent(id, (key) -> new ArrayList<>())
					.add(new Place(rs.getString("val"), rs.getString("region")));
			}
		});
		return rows.stream()
			.map((row) -> row.withTags(themes.getOrDefault(row.id(), List.of()),
					places.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private static CommunityRow row(ResultSet rs) throws SQLException {
		String role = rs.getString("viewer_role");
		return new CommunityRow(rs.getObject("id", UUID.class), rs.getString("slug"),
				new LocalizedText(rs.getString("name"), rs.getString("name_language")),
				CommunityKind.valueOf(rs.getString("kind")), Visibility.valueOf(rs.getString("visibility")),
				JoinPolicy.valueOf(rs.getString("join_policy")), CommunityStatus.valueOf(rs.getString("status")),
				rs.getObject("created_by", UUID.class),
				new LocalizedText(rs.getString("domain"), rs.getString("domain_language")),
				(role != null) ? CommunityRole.valueOf(role) : null, rs.getLong("member_count"), List.of(), List.of(),
				true);
	}

	/**
	 * The statement for one reader and filter, built from the parts that apply so that no
	 * parameter is ever an untyped null (which PostgreSQL cannot type).
	 */
	private static final class Query {

		private final CommunityFilter filter;

		private final @Nullable KringPrincipal me;

		private final String language;

		private final boolean publicOnly;

		Query(CommunityFilter filter, @Nullable KringPrincipal me, String language, boolean publicOnly) {
			this.filter = filter;
			this.me = me;
			this.language = language;
			this.publicOnly = publicOnly;
		}

		String select() {
			return "select c.id, c.slug, c.kind, c.visibility, c.join_policy, c.status, c.created_by,"
					+ " coalesce(t.name, c.name) as name,"
					+ " case when t.name is null then c.original_language else t.language end as name_language,"
					+ " coalesce(t.domain, c.domain) as domain,"
					+ " case when t.domain is null then c.original_language else t.language end as domain_language,"
					+ ((this.me != null) ? " m.role" : " cast(null as varchar(20))") + " as viewer_role,"
					+ " (select count(*) from membership n where n.community_id = c.id) as member_count ";
		}

		String from() {
			StringBuilder sql = new StringBuilder("from community c left join community_translation t"
					+ " on t.community_id = c.id and t.language = :language");
			if (this.me != null) {
				sql.append(" left join membership m on m.community_id = c.id and m.person_id = :me");
			}
			sql.append(" where c.status = 'ACTIVE'");
			if (this.publicOnly) {
				sql.append(" and c.visibility = 'PUBLIC'");
			}
			else if (!administrator()) {
				sql.append(" and (c.visibility <> 'SECRET'").append(member()).append(")");
			}
			String readable = readable();
			if (this.filter.kind() != null) {
				sql.append(" and ").append(readable).append(" and c.kind = :kind");
			}
			if (this.filter.country() != null) {
				sql.append(" and ")
					.append(readable)
					.append(" and exists (select 1 from community_country cc")
					.append(" where cc.community_id = c.id and cc.country = :country)");
			}
			if (this.filter.theme() != null) {
				sql.append(" and ")
					.append(readable)
					.append(" and exists (select 1 from community_theme ct")
					.append(" where ct.community_id = c.id and ct.theme = :theme)");
			}
			if (this.filter.language() != null) {
				sql.append(" and ")
					.append(readable)
					.append(" and exists (select 1 from community_language cl")
					.append(" where cl.community_id = c.id and cl.language = :workingLanguage)");
			}
			if (this.filter.text() != null) {
				sql.append(" and (lower(c.name) like :text escape '!' or lower(t.name) like :text escape '!'")
					.append(" or (")
					.append(readable)
					.append(" and (lower(c.domain) like :text escape '!' or lower(t.domain) like :text escape '!')))");
			}
			return sql.toString();
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			statement = statement.param("language", this.language);
			if (this.me != null) {
				statement = statement.param("me", this.me.id());
			}
			CommunityKind kind = this.filter.kind();
			if (kind != null) {
				statement = statement.param("kind", kind.name());
			}
			if (this.filter.country() != null) {
				statement = statement.param("country", this.filter.country());
			}
			if (this.filter.theme() != null) {
				statement = statement.param("theme", this.filter.theme());
			}
			if (this.filter.language() != null) {
				statement = statement.param("workingLanguage", this.filter.language());
			}
			String text = this.filter.text();
			if (text != null) {
				statement = statement.param("text", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
			}
			return statement;
		}

		/**
		 * Members-only communities are read by their members and administrators only, as
		 * {@link CommunityAccess#canSee} says.
		 */
		private String readable() {
			if (administrator()) {
				return "1 = 1";
			}
			return "(c.visibility = 'PUBLIC'" + member() + ")";
		}

		private String member() {
			return (this.me != null) ? " or m.role is not null" : "";
		}

		private boolean administrator() {
			return this.me != null && this.me.administrator() && !this.publicOnly;
		}

		private static String escapeLike(String text) {
			return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
		}

	}

}
