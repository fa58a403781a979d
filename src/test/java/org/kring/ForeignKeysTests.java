package org.kring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kring.system.SystemTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module owns its tables and another module refers to their rows by id only, so no
 * foreign key reaches from one module's table into another's.
 */
@SystemTest
class ForeignKeysTests {

	/** The module that owns a table, by the first word of the table's name. */
	private static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("spring", "system"),
			Map.entry("event", "system"), Map.entry("person", "account"), Map.entry("account", "account"),
			Map.entry("login", "account"), Map.entry("community", "community"), Map.entry("membership", "community"),
			Map.entry("expertise", "expertise"), Map.entry("organisation", "organisation"),
			Map.entry("meeting", "meeting"), Map.entry("result", "result"), Map.entry("practice", "practice"),
			Map.entry("library", "library"), Map.entry("discussion", "discussion"), Map.entry("shedlock", "system"));

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noForeignKeyReachesIntoAnotherModulesTable() {
		List<String> across = this.jdbc.query("""
				select fk.table_name as from_table, pk.table_name as to_table, rc.constraint_name
				  from information_schema.referential_constraints rc
				  join information_schema.table_constraints fk
				    on fk.constraint_schema = rc.constraint_schema and fk.constraint_name = rc.constraint_name
				  join information_schema.table_constraints pk
				    on pk.constraint_schema = rc.unique_constraint_schema
				   and pk.constraint_name = rc.unique_constraint_name
				 where fk.table_schema = current_schema
				""", (rs, n) -> {
			String from = owner(rs.getString("from_table"));
			String to = owner(rs.getString("to_table"));
			return from.equals(to) ? null : rs.getString("constraint_name") + ": " + from + " -> " + to;
		}).stream().filter((row) -> row != null).toList();
		assertThat(across).isEmpty();
	}

	private static String owner(String table) {
		String owner = OWNERS.get(table.toLowerCase(java.util.Locale.ROOT).split("_")[0]);
		assertThat(owner).as("the module that owns table %s", table).isNotNull();
		return owner;
	}

}
