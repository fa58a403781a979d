package org.kring.account;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.system.SystemTest;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account pages issue as many SQL statements with two people as with two hundred, and
 * the profile page as many with two links sent to the signed-in person as with two
 * hundred. Each request runs as in production, in transactions of its own (a test
 * transaction would let the persistence context answer some reads without SQL); the
 * people and links a test adds are deleted after it.
 */
@SystemTest
class AccountPagesQueryCountTests {

	private static final String PASSWORD = "copper kite evening 31";

	/**
	 * Reading the session, the person and their pending address changes, and the like.
	 */
	private static final int PROFILE_AT_MOST = 12;

	/** Pages for someone not signed in: at most the session and the throttle. */
	private static final int ANONYMOUS_AT_MOST = 4;

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String INSERT_LINK = "insert into account_token "
			+ "(id, person_id, purpose, token_hash, new_email, created_at, expires_at, used_at) "
			+ "values (?, ?, ?, ?, ?, ?, ?, ?)";

	private static final OffsetDateTime NOW = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	private final List<UUID> added = new ArrayList<>();

	@AfterEach
	void deleteWhatWasAdded() {
		List<Object[]> ids = this.added.stream().map((id) -> new Object[] { id }).toList();
		this.jdbc.batchUpdate("delete from account_token where person_id = ?", ids);
		this.jdbc.batchUpdate("delete from person where id = ?", ids);
	}

	@Test
	void loginPageStatementsDoNotGrowWithThePeople() throws Exception {
		assertSameCountWithFewAndManyPeople("/login");
	}

	@Test
	void signUpPageStatementsDoNotGrowWithThePeople() throws Exception {
		assertSameCountWithFewAndManyPeople("/signup");
	}

	@Test
	void profilePageStatementsDoNotGrowWithThePeopleNorWithTheLinksSentToThem() throws Exception {
		UUID me = insertPerson("Hana", "hana." + UUID.randomUUID() + "@example.org");
		String email = this.jdbc.queryForObject("select email from person where id = ?", String.class, me);
		List<UUID> few = insertPeople(2);
		insertLinks(me, 2);
		Cookie[] session = logIn(email);
		profile(session);

		SqlStatements.Recorded fewPeople = profile(session);
		List<UUID> many = insertPeople(198);
		SqlStatements.Recorded manyPeople = profile(session);
		many.forEach((person) -> insertLinks(person, 1));
		few.forEach((person) -> insertLinks(person, 1));
		List<String> pending = insertLinks(me, 198);
		assertThat(
				this.jdbc.queryForObject("select count(*) from account_token where person_id = ?", Integer.class, me))
			.isEqualTo(200);
		SqlStatements.Recorded manyLinks = profile(session);
		String shown = this.mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(pending).hasSizeGreaterThan(40).allSatisfy((address) -> assertThat(shown).contains(address));

		assertThat(fewPeople.count()).as(fewPeople::describe).isBetween(1, PROFILE_AT_MOST);
		assertThat(manyPeople.count()).as(manyPeople::describe).isEqualTo(fewPeople.count());
		assertThat(manyLinks.count()).as(manyLinks::describe).isEqualTo(fewPeople.count());
	}

	private void assertSameCountWithFewAndManyPeople(String path) throws Exception {
		insertPeople(2);
		page(path);
		SqlStatements.Recorded few = page(path);
		insertPeople(198);
		SqlStatements.Recorded many = page(path);
		assertThat(this.jdbc.queryForObject("select count(*) from person", Integer.class)).isGreaterThanOrEqualTo(200);
		assertThat(few.count()).as(few::describe).isLessThanOrEqualTo(ANONYMOUS_AT_MOST);
		assertThat(many.count()).as(many::describe).isEqualTo(few.count());
	}

	private SqlStatements.Recorded page(String path) throws Exception {
		return SqlStatements.count(() -> this.mvc.perform(get(path)).andExpect(status().isOk()));
	}

	private SqlStatements.Recorded profile(Cookie[] session) throws Exception {
		return SqlStatements.count(() -> this.mvc.perform(get("/account").cookie(session))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString()).contains("Hana")));
	}

	/**
	 * Logs in as a browser does: with the form token of the login page and its cookie.
	 * (Spring Security's {@code csrf()} request post-processor would swap the token
	 * repository of the context that other test classes share.)
	 */
	private Cookie[] logIn(String email) throws Exception {
		MvcResult form = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Matcher token = FORM_TOKEN.matcher(form.getResponse().getContentAsString());
		assertThat(token.find()).as("the login page has a form token").isTrue();
		MvcResult result = this.mvc
			.perform(post("/login").param("email", email)
				.param("password", PASSWORD)
				.param("_csrf", token.group(1))
				.cookie(form.getResponse().getCookies()))
			.andExpect(redirectedUrl("/account"))
			.andReturn();
		Cookie[] cookies = result.getResponse().getCookies();
		assertThat(cookies).as("the cookies of a login").isNotEmpty();
		return cookies;
	}

	private UUID insertPerson(String displayName, String email) {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into person (id, display_name, email, email_verified_at, password_hash, administrator, created_at, version) "
						+ "values (?, ?, ?, ?, ?, false, ?, 0)",
				id, displayName, email, NOW, this.passwordEncoder.encode(PASSWORD), NOW);
		this.added.add(id);
		return id;
	}

	private List<UUID> insertPeople(int count) {
		List<UUID> ids = IntStream.range(0, count).mapToObj((i) -> UUID.randomUUID()).toList();
		this.added.addAll(ids);
		this.jdbc.batchUpdate(
				"insert into person (id, display_name, email, email_verified_at, administrator, created_at, version) "
						+ "values (?, ?, ?, ?, false, ?, 0)",
				ids.stream()
					.map((id) -> new Object[] { id, "Person " + id.toString().substring(0, 8), id + "@example.org", NOW,
							NOW })
					.toList());
		return ids;
	}

	/**
	 * Links of every kind, most of them still usable; every fourth one asks to change the
	 * address, so that the profile page has pending changes to show.
	 */
	private List<String> insertLinks(UUID person, int count) {
		List<String> purposes = List.of("CHANGE_EMAIL", "VERIFY_EMAIL", "RESET_PASSWORD", "LOGIN_LINK");
		List<Object[]> rows = IntStream.range(0, count).mapToObj((i) -> {
			String purpose = purposes.get(i % purposes.size());
			boolean change = "CHANGE_EMAIL".equals(purpose);
			return new Object[] { UUID.randomUUID(), person, purpose, randomHash(),
					change ? "new." + i + "." + UUID.randomUUID() + "@example.org" : null, NOW,
					NOW.plus(Duration.ofHours(1)), (i % 10 == 9) ? NOW : null };
		}).toList();
		this.jdbc.batchUpdate(INSERT_LINK, rows);
		return rows.stream().filter((row) -> row[4] != null && row[7] == null).map((row) -> (String) row[4]).toList();
	}

	private static String randomHash() {
		byte[] bytes = new byte[32];
		ThreadLocalRandom.current().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
