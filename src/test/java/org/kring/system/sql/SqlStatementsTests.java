package org.kring.system.sql;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.kring.system.SystemTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@SystemTest
class SqlStatementsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void countsTheOneStatementOfAQuery() throws Exception {
		SqlStatements.Recorded recorded = SqlStatements
			.count(() -> this.jdbc.queryForObject("select count(*) from person", Integer.class));
		assertThat(recorded.count()).isEqualTo(1);
		assertThat(recorded.statements()).singleElement().asString().contains("from person");
	}

	@Test
	void countsEachStatementInOrder() throws Exception {
		SqlStatements.Recorded recorded = SqlStatements.count(() -> {
			this.jdbc.queryForObject("select count(*) from person", Integer.class);
			this.jdbc.queryForList("select id from account_token where person_id is null");
			this.jdbc.update("delete from login_failure where account_key = ?", "nobody@example.org");
		});
		assertThat(recorded.count()).isEqualTo(3);
		assertThat(recorded.statements().get(0)).contains("person");
		assertThat(recorded.statements().get(1)).contains("account_token");
		assertThat(recorded.statements().get(2)).startsWith("delete from login_failure");
	}

	@Test
	void countsEveryStatementOfABatch() throws Exception {
		SqlStatements.Recorded recorded = SqlStatements.count(() -> this.jdbc
			.batchUpdate("delete from login_failure where account_key = ?", List.of(new Object[] { "a@example.org" },
					new Object[] { "b@example.org" }, new Object[] { "c@example.org" })));
		assertThat(recorded.count()).isEqualTo(3);
	}

	@Test
	void callWithoutSqlCountsNothing() throws Exception {
		assertThat(SqlStatements.count(() -> Math.addExact(1, 2)).count()).isZero();
	}

	@Test
	void statementsOutsideTheCountAreNotCounted() throws Exception {
		this.jdbc.queryForObject("select count(*) from person", Integer.class);
		SqlStatements.Recorded recorded = SqlStatements.count(() -> {
		});
		this.jdbc.queryForObject("select count(*) from person", Integer.class);
		assertThat(recorded.count()).isZero();
	}

	@Test
	void statementsOfOtherThreadsAreNotCounted() throws Exception {
		SqlStatements.Recorded recorded = SqlStatements.count(() -> {
			CompletableFuture
				.runAsync(() -> this.jdbc.queryForObject("select count(*) from account_token", Integer.class))
				.join();
			this.jdbc.queryForObject("select count(*) from person", Integer.class);
		});
		assertThat(recorded.statements()).singleElement().asString().contains("person");
	}

	@Test
	void nestedCountsAddUpInTheOuterOne() throws Exception {
		SqlStatements.Recorded[] inner = new SqlStatements.Recorded[1];
		SqlStatements.Recorded outer = SqlStatements.count(() -> {
			this.jdbc.queryForObject("select count(*) from person", Integer.class);
			inner[0] = SqlStatements.count(() -> this.jdbc.queryForObject("select 1", Integer.class));
		});
		assertThat(inner[0].count()).isEqualTo(1);
		assertThat(outer.count()).isEqualTo(2);
	}

	@Test
	void descriptionListsTheStatementsForAFailureMessage() throws Exception {
		SqlStatements.Recorded recorded = SqlStatements
			.count(() -> this.jdbc.queryForObject("select count(*) from person", Integer.class));
		assertThat(recorded.describe()).isEqualTo("1 SQL statement(s):\n  1. select count(*) from person");
	}

	@Test
	void failingActionPassesItsExceptionOnAndEndsTheCount() throws Exception {
		assertThatIllegalStateException().isThrownBy(() -> SqlStatements.count(() -> {
			this.jdbc.queryForObject("select count(*) from person", Integer.class);
			throw new IllegalStateException("failed on purpose");
		})).withMessage("failed on purpose");
		SqlStatements.Recorded next = SqlStatements
			.count(() -> this.jdbc.queryForObject("select count(*) from account_token", Integer.class));
		assertThat(next.statements()).singleElement().asString().contains("account_token");
	}

}
