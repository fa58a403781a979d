package org.kring.organisation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.kring.system.SystemTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the organisation system tests share: the running application, organisations put
 * into its database (deleted after each test) and forms posted with the token a page
 * hands out, as a browser does.
 */
@SystemTest
public abstract class OrganisationSystemTests {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	protected OrganisationFixtures fixtures;

	@Autowired
	void fixtures(JdbcTemplate jdbc) {
		this.fixtures = new OrganisationFixtures(jdbc);
	}

	@AfterEach
	void deleteOrganisations() {
		this.fixtures.deleteAll();
	}

	/**
	 * A post with the form token of a page, as the browser sends it after showing that
	 * page.
	 * @param path where to post
	 * @param tokenFrom a page (with a form) the person may see
	 * @param person who is signed in, or null for a visitor
	 * @return the request, to add parameters to
	 */
	protected MockHttpServletRequestBuilder postFrom(String path, String tokenFrom, RequestPostProcessor person)
			throws Exception {
		MockHttpServletRequestBuilder page = get(tokenFrom);
		if (person != null) {
			page.with(person);
		}
		MvcResult shown = this.mvc.perform(page).andReturn();
		Matcher token = FORM_TOKEN.matcher(shown.getResponse().getContentAsString());
		assertThat(token.find()).as("%s has a form token", tokenFrom).isTrue();
		Cookie[] cookies = shown.getResponse().getCookies();
		MockHttpServletRequestBuilder request = post(path).param("_csrf", token.group(1));
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		if (person != null) {
			request.with(person);
		}
		return request;
	}

}
