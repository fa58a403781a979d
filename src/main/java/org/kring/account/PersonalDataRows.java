package org.kring.account;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of a module's tables as a {@link PersonalData} export shows them: one map per row,
 * each column by its name in lower case, its value as text, columns without a value left
 * out.
 */
public final class PersonalDataRows {

	private PersonalDataRows() {
	}

	/**
	 * The rows a query about one person finds.
	 * @param jdbc the database
	 * @param sql a query with one parameter, the person
	 * @param personId the person
	 * @return the rows, in the query's order
	 */
	public static List<Map<String, Object>> of(JdbcClient jdbc, String sql, UUID personId) {
		return jdbc.sql(sql).param(personId).query(PersonalDataRows::row).list();
	}

	/**
	 * Adds rows to an export under a name, unless there are none.
	 * @param data the export's section
	 * @param name the name
	 * @param rows the rows
	 */
	public static void put(Map<String, Object> data, String name, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			data.put(name, rows);
		}
	}

	private static Map<String, Object> row(ResultSet rs, int number) throws SQLException {
		ResultSetMetaData columns = rs.getMetaData();
		Map<String, Object> row = new LinkedHashMap<>();
		for (int column = 1; column <= columns.getColumnCount(); column++) {
			Object value = rs.getObject(column);
			if (value != null) {
				row.put(columns.getColumnLabel(column).toLowerCase(Locale.ROOT), value.toString());
			}
		}
		return row;
	}

}
