package org.kring.expertise;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fields and qualifications tests add: their codes start with {@code test-}, so that they
 * are removed after each test and the catalogues read again.
 */
public final class TestCatalogueEntries {

	private TestCatalogueEntries() {
	}

	public static void removeAll(JdbcTemplate jdbc, ExpertiseFields fields, Qualifications qualifications) {
		jdbc.update("delete from expertise_field where code like 'test-%'");
		jdbc.update("delete from expertise_qualification where code like 'test-%'");
		fields.reload();
		qualifications.reload();
	}

}
