package org.kring.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.kring.system.Http.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in the database (Spring Session JDBC), so that a second node can serve
 * the same person.
 */
@SystemTest
class SessionStorageTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Http http;

	@Test
	void sessionIsStoredInTheDatabaseUnderKringsCookieName() throws IOException {
		Response response = this.http.get("/test/session");
		String cookie = response.cookie("KRING_SESSION").orElseThrow();
		String sessionId = sessionId(cookie);
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				sessionId))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id"
						+ " where s.session_id = ? and a.attribute_name = 'visited'",
				Integer.class, sessionId))
			.isEqualTo(1);
		assertThat(response.header("Set-Cookie")).noneMatch((header) -> header.startsWith("JSESSIONID"));
	}

	@Test
	void returningWithTheCookieKeepsTheSameSession() throws IOException {
		String cookie = this.http.get("/test/session").cookie("KRING_SESSION").orElseThrow();
		int before = this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
		Response again = this.http.get("/test/session", "Cookie: " + cookie.substring(0, cookie.indexOf(';')));
		assertThat(again.cookie("KRING_SESSION")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isEqualTo(before);
	}

	private static String sessionId(String setCookie) {
		String value = setCookie.substring("KRING_SESSION=".length(), setCookie.indexOf(';'));
		return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
	}

}
