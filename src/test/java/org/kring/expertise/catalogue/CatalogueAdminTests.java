package org.kring.expertise.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.Qualifications;
import org.kring.expertise.TestCatalogueEntries;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The administrators' catalogue pages: only administrators reach them; an entry is added
 * with translations, reworded, retired and reinstated, never deleted; bad input comes
 * back with 422 and a message next to the input; the list reads the same number of
 * statements however long the catalogues are.
 */
@SystemTest
class CatalogueAdminTests {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final TestPrincipal ADMINISTRATOR = TestPrincipal.administrator("Ada");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ExpertiseFields fields;

	@Autowired
	private Qualifications qualifications;

	@AfterEach
	void removeWhatTheTestsAdded() {
		TestCatalogueEntries.removeAll(this.jdbc, this.fields, this.qualifications);
	}

	static Stream<Arguments> refused() {
		return Stream.of(Arguments.of("member", TestPrincipal.member("Mo"), 403),
				Arguments.of("coordinator", TestPrincipal.coordinator("Cato"), 403));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void onlyAdministratorsReachThePages(String who, TestPrincipal person, int status) throws Exception {
		for (String path : new String[] { "/admin/expertise", "/admin/expertise/fields/new",
				"/admin/expertise/qualifications/english/edit" }) {
			assertThat(response(get(path), person).getStatus()).as(who + " on " + path).isEqualTo(status);
			assertThat(response(get(path), ADMINISTRATOR).getStatus()).as("administrator on " + path).isEqualTo(200);
			MockHttpServletResponse visitor = response(get(path), null);
			assertThat(visitor.getStatus()).isEqualTo(302);
			assertThat(visitor.getRedirectedUrl()).endsWith("/login");
		}
		assertThat(response(post("/admin/expertise/fields/new").param("name-en", "Test refused"), person).getStatus())
			.isEqualTo(status);
		assertThat(response(post("/admin/expertise/qualifications/english/retire"), person).getStatus())
			.isEqualTo(status);
		assertThat(this.jdbc.queryForObject("select count(*) from expertise_field where code = 'test-refused'",
				Integer.class))
			.isZero();
		assertThat(this.qualifications.exists("english")).isTrue();
	}

	@Test
	void anAdministratorAddsRewordsRetiresAndReinstatesAField() throws Exception {
		MockHttpServletResponse added = response(
				post("/admin/expertise/fields/new").param("name-en", "Test Peer support")
					.param("description-en", "Newcomers helping newcomers.")
					.param("examples-en", "Buddy schemes\n\n Peer circles ")
					.param("name-nl", "Test Lotgenotensteun"),
				ADMINISTRATOR);
		assertThat(added.getStatus()).isEqualTo(302);
		assertThat(added.getRedirectedUrl()).isEqualTo("/admin/expertise#test-peer-support");
		assertThat(this.fields.description("test-peer-support", java.util.Locale.of("nl")))
			.hasValueSatisfying((field) -> {
				assertThat(field.name()).isEqualTo("Test Lotgenotensteun");
				assertThat(field.examples()).containsExactly("Buddy schemes", "Peer circles");
			});
		String list = page("/admin/expertise");
		assertThat(list).contains("Test Peer support").contains("Test Lotgenotensteun");

		assertThat(
				response(post("/admin/expertise/fields/test-peer-support/edit").param("name-en", "Test Peer mentoring")
					.param("name-nl", "Test Lotgenotensteun")
					.param("name-fr", "Test Mentorat entre pairs"), ADMINISTRATOR).getStatus())
			.isEqualTo(302);
		assertThat(this.fields.find("test-peer-support", java.util.Locale.FRENCH).orElseThrow().name())
			.isEqualTo("Test Mentorat entre pairs");
		assertThat(this.fields.find("test-peer-support", java.util.Locale.ENGLISH).orElseThrow().name())
			.isEqualTo("Test Peer mentoring");

		assertThat(response(post("/admin/expertise/fields/test-peer-support/retire"), ADMINISTRATOR).getStatus())
			.isEqualTo(302);
		assertThat(this.fields.exists("test-peer-support")).isFalse();
		assertThat(page("/admin/expertise")).contains("Test Peer mentoring");
		assertThat(response(post("/admin/expertise/fields/test-peer-support/reinstate"), ADMINISTRATOR).getStatus())
			.isEqualTo(302);
		assertThat(this.fields.exists("test-peer-support")).isTrue();
	}

	@Test
	void badInputComesBackWithAMessageNextToTheInputAndWhatWasTyped() throws Exception {
		MockHttpServletResponse empty = response(
				post("/admin/expertise/fields/new").param("name-en", " ").param("description-nl", "Alleen uitleg"),
				ADMINISTRATOR);
		assertThat(empty.getStatus()).isEqualTo(422);
		assertThat(empty.getContentAsString(StandardCharsets.UTF_8))
			.contains("<span class=\"error\" id=\"name-en-error\">Enter the English name.</span>")
			.contains("<span class=\"error\" id=\"name-nl-error\">Enter a name in this language,")
			.contains(">Alleen uitleg</textarea>");

		String tooLong = "Test " + "x".repeat(120);
		assertThat(response(post("/admin/expertise/qualifications/new").param("name-en", tooLong), ADMINISTRATOR)
			.getContentAsString(StandardCharsets.UTF_8)).contains("Enter a name of at most 120 characters.")
			.contains("value=\"" + tooLong + "\"");

		MockHttpServletResponse sameName = response(
				post("/admin/expertise/fields/new").param("name-en", "social PROTECTION"), ADMINISTRATOR);
		assertThat(sameName.getStatus()).isEqualTo(422);
		assertThat(sameName.getContentAsString(StandardCharsets.UTF_8))
			.contains("Another entry already has this name in this language.");

		MockHttpServletResponse sameCode = response(
				post("/admin/expertise/fields/new").param("name-en", "Social: protection!"), ADMINISTRATOR);
		assertThat(sameCode.getStatus()).isEqualTo(422);
		assertThat(sameCode.getContentAsString(StandardCharsets.UTF_8))
			.contains("An entry with nearly the same English name exists already");

		MockHttpServletResponse noLatin = response(post("/admin/expertise/fields/new").param("name-en", "صحة"),
				ADMINISTRATOR);
		assertThat(noLatin.getStatus()).isEqualTo(422);
		assertThat(noLatin.getContentAsString(StandardCharsets.UTF_8)).contains("Latin letters or digits");

		MockHttpServletResponse removed = response(post("/admin/expertise/fields/health-care/edit")
			.param("name-en", "Access to health care and therapeutic services")
			.param("name-nl", ""), ADMINISTRATOR);
		assertThat(removed.getStatus()).isEqualTo(422);
		assertThat(removed.getContentAsString(StandardCharsets.UTF_8))
			.contains("a translation can be reworded but not removed");
		assertThat(this.fields.find("health-care", java.util.Locale.of("nl")).orElseThrow().name())
			.isEqualTo("Toegang tot gezondheidszorg en therapeutische hulp");
		assertThat(response(get("/admin/expertise/fields/no-such-field/edit"), ADMINISTRATOR).getStatus())
			.isEqualTo(404);
		assertThat(response(get("/admin/expertise/skills/new"), ADMINISTRATOR).getStatus()).isEqualTo(404);
	}

	@Test
	void theListReadsAsManyStatementsWithFewEntriesAsWithMany() throws Exception {
		page("/admin/expertise");
		int few = SqlStatements.count(() -> page("/admin/expertise")).count();
		for (int i = 0; i < 60; i++) {
			this.jdbc.update("insert into expertise_field (code, position) values (?, ?)", "test-many-" + i, 100 + i);
			this.jdbc.update("insert into expertise_field_name (field_code, language, name) values (?, 'en', ?)",
					"test-many-" + i, "Test many " + i);
		}
		SqlStatements.Recorded many = SqlStatements.count(() -> page("/admin/expertise"));
		assertThat(few).isBetween(1, 4);
		assertThat(many.count()).as(many.describe()).isEqualTo(few);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(ADMINISTRATOR.signedIn()).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse response(MockHttpServletRequestBuilder request, @Nullable TestPrincipal person)
			throws Exception {
		request.header("Accept-Language", "en");
		if (person != null) {
			request.with(person.signedIn());
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/** A post with the form token of the home page, as a browser sends it. */
	private MockHttpServletRequestBuilder post(String path) throws Exception {
		MvcResult home = this.mvc.perform(get("/")).andReturn();
		Matcher token = FORM_TOKEN.matcher(home.getResponse().getContentAsString());
		assertThat(token.find()).isTrue();
		Cookie[] cookies = home.getResponse().getCookies();
		return MockMvcRequestBuilders.post(path).param("_csrf", token.group(1)).cookie(cookies);
	}

}
