package org.kring.community;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.CommunityDescription;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;
import org.kring.system.TestPrincipal;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Communities saved for one system test and deleted after it (their memberships and texts
 * go with them), and forms posted with a page's own form token.
 */
public final class CommunityFixtures {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final Communities communities;

	private final Memberships memberships;

	private final MockMvc mvc;

	private final List<UUID> saved = new ArrayList<>();

	public CommunityFixtures(Communities communities, Memberships memberships, MockMvc mvc) {
		this.communities = communities;
		this.memberships = memberships;
		this.mvc = mvc;
	}

	/**
	 * A slug no other test uses.
	 * @param prefix a readable start
	 * @return the slug
	 */
	public static String slug(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public Community save(Community community) {
		this.saved.add(community.id());
		return this.communities.save(community);
	}

	/**
	 * A community in use, with a facilitator.
	 * @param description what it is
	 * @param facilitator its facilitator
	 * @return the community
	 */
	public Community found(CommunityDescription description, TestPrincipal facilitator) {
		Community community = save(Community.found(description, facilitator.id(), TestCommunities.NOW));
		admit(community, facilitator, CommunityRole.FACILITATOR);
		return community;
	}

	public void admit(Community community, TestPrincipal person, CommunityRole role) {
		this.memberships.save(community.admit(person.id(), role, TestCommunities.NOW));
	}

	/** Deletes what was saved, and what the test made through the pages. */
	public void deleteAll(String... slugs) {
		for (String slug : slugs) {
			this.communities.findBySlug(slug).ifPresent((community) -> this.saved.add(community.id()));
		}
		this.communities.deleteAllById(this.saved);
		this.saved.clear();
	}

	/**
	 * A POST as a browser sends it: with the form token of a page and its cookie.
	 * @param path where to post
	 * @return the request, to add parameters and a signed-in person to
	 */
	public MockHttpServletRequestBuilder post(String path) throws Exception {
		MvcResult page = this.mvc.perform(get("/")).andReturn();
		Matcher token = FORM_TOKEN.matcher(page.getResponse().getContentAsString());
		assertThat(token.find()).as("the home page has a form token").isTrue();
		Cookie[] cookies = page.getResponse().getCookies();
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.param("_csrf", token.group(1))
			.cookie(cookies);
	}

}
