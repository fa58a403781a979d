package org.kring.library.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publications as lists, the feed and the API show them: flat rows in two queries for a
 * page, whatever the number of publications, each in the reader's language when it was
 * translated into it.
 */
@Component
@Transactional(readOnly = true)
public class LibraryQueries {

	private static final String ROW = "select p.id, p.kind, coalesce(t.language, p.language) as shown_language,"
			+ " coalesce(t.title, p.title) as title, case when t.title is null then p.summary else t.summary end"
			+ " as summary, p.authors, p.publication_year, p.updated_at from library_publication p"
			+ " left join library_translation t on t.publication_id = p.id and t.language = :reader";

	private final JdbcClient jdbc;

	LibraryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the publications someone reads.
	 * @param filter what to keep
	 * @param readableCommunities the communities whose publications they read
	 * @param reader the reader's language
	 * @return the page
	 */
	public PublicationListing list(PublicationFilter filter, Set<UUID> readableCommunities, Locale reader) {
		return list(filter, readableCommunities, reader, PublicationFilter.PAGE_SIZE);
	}

	/**
	 * One page of the publications someone reads, pages of any size.
	 * @param filter what to keep, and which page
	 * @param readableCommunities the communities whose publications they read
	 * @param reader the reader's language
	 * @param size publications on a page
	 * @return the page
	 */
	public PublicationListing list(PublicationFilter filter, Set<UUID> readableCommunities, Locale reader, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, readableCommunities, params);
		params.put("reader", reader.getLanguage());
		int total = this.jdbc.sql("select count(*) from library_publication p" + where)
			.params(params)
			.query(Integer.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) (filter.page() - 1) * size);
		List<PublicationRow> rows = this.jdbc
			.sql(ROW + where + " order by p.publication_year desc nulls last, p.created_at desc, p.id"
					+ " limit :limit offset :offset")
			.params(params)
			.query(LibraryQueries::row)
			.list();
		return new PublicationListing(rows, total, filter.page());
	}

	private static String where(PublicationFilter filter, Set<UUID> communities, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where (p.community_id is null");
		if (!communities.isEmpty()) {
			where.append(" or p.community_id in (:communities)");
			params.put("communities", communities);
		}
		where.append(")");
		if (!filter.kinds().isEmpty()) {
			where.append(" and p.kind in (:kinds)");
			params.put("kinds", filter.kinds().stream().map(Enum::name).toList());
		}
		if (filter.language() != null) {
			where.append(" and (p.language = :language or exists (select 1 from library_translation lt"
					+ " where lt.publication_id = p.id and lt.language = :language))");
			params.put("language", filter.language());
		}
		if (filter.year() != null) {
			where.append(" and p.publication_year = :year");
			params.put("year", filter.year());
		}
		if (filter.text() != null) {
			where.append(" and (lower(p.title) like :text escape '\\' or lower(p.summary) like :text escape '\\'"
					+ " or lower(p.authors) like :text escape '\\')");
			params.put("text", "%" + escape(filter.text().toLowerCase(Locale.ROOT)) + "%");
		}
		return where.toString();
	}

	/**
	 * The versions of a publication with their files, the newest first, in two queries.
	 * @param publicationId the publication
	 * @return the versions
	 */
	public List<VersionView> versions(UUID publicationId) {
		Map<UUID, List<FileView>> files = new HashMap<>();
		this.jdbc
			.sql("select f.id, f.version_id, f.language, f.original_name, f.content_type, f.size_bytes, f.sha256"
					+ " from library_file f join library_version v on v.id = f.version_id"
					+ " where v.publication_id = ? order by f.language, f.original_name")
			.param(publicationId)
			.query((rs, n) -> files.computeIfAbsent(rs.getObject("version_id", UUID.class), (k) -> new ArrayList<>())
				.add(new FileView(rs.getObject("id", UUID.class), publicationId, rs.getString("language"),
						rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
						rs.getString("sha256"))))
			.list();
		return this.jdbc
			.sql("select id, number, change_note, created_at from library_version where publication_id = ?"
					+ " order by number desc")
			.param(publicationId)
			.query((rs, n) -> new VersionView(rs.getObject("id", UUID.class), rs.getInt("number"),
					rs.getString("change_note"), moment(rs, "created_at"),
					files.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	/**
	 * The translations of a publication.
	 * @param publicationId the publication
	 * @return the translations, by language
	 */
	public List<TranslationView> translations(UUID publicationId) {
		return this.jdbc
			.sql("select language, title, summary from library_translation where publication_id = ? order by language")
			.param(publicationId)
			.query((rs, n) -> new TranslationView(rs.getString("language"), rs.getString("title"),
					rs.getString("summary")))
			.list();
	}

	/**
	 * One file of a publication.
	 * @param publicationId the publication
	 * @param fileId the file
	 * @return the file, or null when the publication has no such file
	 */
	public @Nullable FileView file(UUID publicationId, UUID fileId) {
		return this.jdbc
			.sql("select f.id, f.language, f.original_name, f.content_type, f.size_bytes, f.sha256 from library_file f"
					+ " join library_version v on v.id = f.version_id where v.publication_id = ? and f.id = ?")
			.params(publicationId, fileId)
			.query((rs, n) -> new FileView(rs.getObject("id", UUID.class), publicationId, rs.getString("language"),
					rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getString("sha256")))
			.optional()
			.orElse(null);
	}

	private static PublicationRow row(ResultSet rs, int n) throws SQLException {
		return new PublicationRow(rs.getObject("id", UUID.class), PublicationKind.valueOf(rs.getString("kind")),
				rs.getString("shown_language"), rs.getString("title"), rs.getString("summary"), rs.getString("authors"),
				(Integer) rs.getObject("publication_year"), moment(rs, "updated_at"));
	}

	static java.time.Instant moment(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
