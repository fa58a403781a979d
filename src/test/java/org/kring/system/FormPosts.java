package org.kring.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests as a browser sends them in tests on {@link MockMvc}: in English, signed in or
 * not, and forms with the form token of a page and its cookie.
 */
public final class FormPosts {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private FormPosts() {
	}

	/**
	 * Adds the home page's form token and cookie, the form's fields, and the person.
	 * @param mvc the application
	 * @param request the form's request
	 * @param who who sends it, or null for a visitor
	 * @param params field names and values, alternating
	 * @param <B> the request's type
	 * @return the request
	 * @throws Exception when the home page cannot be read
	 */
	public static <B extends AbstractMockHttpServletRequestBuilder<B>> B tokened(MockMvc mvc, B request,
			@Nullable TestPrincipal who, String... params) throws Exception {
		MvcResult page = mvc.perform(as(MockMvcRequestBuilders.get("/"), who)).andReturn();
		Matcher token = FORM_TOKEN.matcher(page.getResponse().getContentAsString());
		assertThat(token.find()).as("the home page has a form token").isTrue();
		request.param("_csrf", token.group(1));
		Cookie[] cookies = page.getResponse().getCookies();
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return as(request, who);
	}

	/**
	 * A request in English, by a person or a visitor.
	 * @param request the request
	 * @param who who sends it, or null for a visitor
	 * @param <B> the request's type
	 * @return the request
	 */
	public static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, @Nullable TestPrincipal who) {
		request.header("Accept-Language", "en");
		return (who != null) ? request.with(who.signedIn()) : request;
	}

}
