package org.kring.result.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the toolbox and the legislation register: one page of a community's
 * entries, the newest first, found by words in their text, in a fixed number of
 * statements however many there are.
 */
@Service
public class ToolboxQueries {

	private static final List<String> TOOL_TEXT = List.of("title", "description");

	private static final List<String> LEGISLATION_TEXT = List.of("rule_tested", "title", "finding", "recommendation");

	private final JdbcClient jdbc;

	ToolboxQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of a community's tools with their links.
	 * @param communityId the community
	 * @param search the words sought and the page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Listing<ToolRow> tools(UUID communityId, ToolboxSearch search) {
		int total = count("result_tool" + match(TOOL_TEXT, search), communityId, search);
		if (total <= search.offset()) {
			return new Listing<>(List.of(), total, search.page());
		}
		Map<UUID, ToolRow> tools = new LinkedHashMap<>();
		this.jdbc
			.sql("select id, title, description, meeting_id, theme, created_at from result_tool"
					+ match(TOOL_TEXT, search)
					+ " order by created_at desc, id offset :offset rows fetch next :size rows only")
			.paramSource(params(communityId, search).addValue("offset", search.offset())
				.addValue("size", ToolboxSearch.PAGE_SIZE))
			.query((row, number) -> new ToolRow(row.getObject("id", UUID.class), row.getString("title"),
					row.getString("description"), row.getObject("meeting_id", UUID.class), row.getString("theme"),
					instant(row, "created_at"), new ArrayList<>()))
			.list()
			.forEach((tool) -> tools.put(tool.id(), tool));
		this.jdbc.sql("select tool_id, label, url from result_tool_link where tool_id in (:ids) order by position")
			.param("ids", tools.keySet())
			.query((row, number) -> {
				tools.get(row.getObject("tool_id", UUID.class))
					.links()
					.add(new ToolLink(row.getString("label"), row.getString("url")));
				return null;
			})
			.list();
		return new Listing<>(tools.values().stream().map(ToolboxQueries::frozen).toList(), total, search.page());
	}

	/**
	 * A page of a community's legislation register.
	 * @param communityId the community
	 * @param search the words sought and the page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Listing<LegislationRow> legislationTests(UUID communityId, ToolboxSearch search) {
		int total = count("result_legislation_test" + match(LEGISLATION_TEXT, search), communityId, search);
		if (total <= search.offset()) {
			return new Listing<>(List.of(), total, search.page());
		}
		List<LegislationRow> rows = this.jdbc
			.sql("select id, rule_tested, title, finding, recommendation, signal_id, meeting_id, theme, created_at"
					+ " from result_legislation_test" + match(LEGISLATION_TEXT, search)
					+ " order by created_at desc, id offset :offset rows fetch next :size rows only")
			.paramSource(params(communityId, search).addValue("offset", search.offset())
				.addValue("size", ToolboxSearch.PAGE_SIZE))
			.query((row, number) -> new LegislationRow(row.getObject("id", UUID.class), row.getString("rule_tested"),
					row.getString("title"), row.getString("finding"), row.getString("recommendation"),
					row.getObject("signal_id", UUID.class), row.getObject("meeting_id", UUID.class),
					row.getString("theme"), instant(row, "created_at")))
			.list();
		return new Listing<>(rows, total, search.page());
	}

	private int count(String from, UUID communityId, ToolboxSearch search) {
		return this.jdbc.sql("select count(*) from " + from)
			.paramSource(params(communityId, search))
			.query(Integer.class)
			.single();
	}

	/**
	 * The entries of a community, with the words (when sought) in one of the columns; no
	 * parameter is bound to null, which PostgreSQL could not type.
	 */
	private static String match(List<String> columns, ToolboxSearch search) {
		String where = " where community_id = :community";
		if (search.pattern() == null) {
			return where;
		}
		return where + columns.stream()
			.map((column) -> "lower(" + column + ") like :text escape '!'")
			.collect(Collectors.joining(" or ", " and (", ")"));
	}

	private static MapSqlParameterSource params(UUID communityId, ToolboxSearch search) {
		MapSqlParameterSource params = new MapSqlParameterSource("community", communityId);
		String pattern = search.pattern();
		if (pattern != null) {
			params.addValue("text", pattern);
		}
		return params;
	}

	private static ToolRow frozen(ToolRow tool) {
		return new ToolRow(tool.id(), tool.title(), tool.description(), tool.meetingId(), tool.theme(),
				tool.createdAt(), List.copyOf(tool.links()));
	}

	private static java.time.Instant instant(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

}
