package org.kring.demo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo library: loaded on start and only once, with a publication of two versions, a
 * French translation, a curriculum with modules and assignments, and PDFs whose text is
 * kept for search.
 */
@SpringBootTest(properties = "kring.db.url=jdbc:h2:mem:kring-library-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("dev")
@Tag("database")
class LibraryDemoDataTests {

	@Autowired
	private LibraryDemoData demoData;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theLibraryIsLoadedOnStartAndOnlyOnce() {
		int publications = count("select count(*) from library_publication");
		assertThat(this.demoData.load()).isFalse();
		assertThat(count("select count(*) from library_publication")).isEqualTo(publications).isGreaterThanOrEqualTo(6);
		assertThat(count("select count(distinct kind) from library_publication")).isGreaterThanOrEqualTo(5);
		assertThat(count("select count(*) from library_version where number = 2")).isEqualTo(1);
		assertThat(count("select count(*) from library_translation where language = 'fr'")).isEqualTo(1);
		assertThat(count("select count(*) from library_curriculum_module")).isEqualTo(2);
		assertThat(count("select count(*) from library_assignment")).isEqualTo(3);
		assertThat(count("select count(*) from library_publication where file_text like '%first year of work%'"))
			.isEqualTo(1);
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
