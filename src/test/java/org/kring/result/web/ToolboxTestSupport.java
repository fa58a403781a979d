package org.kring.result.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.MeetingFixtures;
import org.kring.result.ResultTestSupport;
import org.kring.system.TestPrincipal;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the toolbox's and the register's page tests share: a community with the people who
 * read and write it, and pages read as text.
 */
abstract class ToolboxTestSupport extends ResultTestSupport {

	protected Cast cast(String visibility) {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Mila");
		return new Cast(community(visibility, facilitator, member), facilitator, member, member("Olga"),
				administrator("Ada"));
	}

	protected String page(String path, @Nullable TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	protected String pageIn(String path, Locale locale) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).locale(locale))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** What a search finds, as the headings of the entries it lists. */
	protected List<String> found(String path, String query) throws Exception {
		return headings(this.mvc.perform(MockMvcRequestBuilders.get(path).param("q", query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The text of every second-level heading of a page, without markup. */
	protected static List<String> headings(String page) {
		List<String> headings = new ArrayList<>();
		int at = page.indexOf("<h2>");
		while (at >= 0) {
			int end = page.indexOf("</h2>", at);
			headings.add(page.substring(at + 4, end).replaceAll("<[^>]*>", ""));
			at = page.indexOf("<h2>", end);
		}
		return headings;
	}

	/** A community and the people who read and write its results. */
	record Cast(UUID community, TestPrincipal facilitator, TestPrincipal member, TestPrincipal outsider,
			TestPrincipal administrator) {

		String path(String list) {
			return "/communities/" + MeetingFixtures.slugOf(this.community) + "/" + list;
		}

	}

}
