package org.kring.community.web;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CommunityFormTests {

	/**
	 * A form filled in as a browser sends it, valid unless changed.
	 */
	static MockHttpServletRequestBuilder filledIn(MockHttpServletRequestBuilder request, String slug, String name,
			String visibility) {
		return request.param("name", name)
			.param("slug", slug)
			.param("kind", "LEARNING_NETWORK")
			.param("visibility", visibility)
			.param("joinPolicy", "ON_APPROVAL")
			.param("originalLanguage", "nl")
			.param("domain", "Mensen zonder wettig verblijf")
			.param("practice", "Tweemaandelijkse maaksessies")
			.param("themes", "housing, health care")
			.param("places", "BE Oost-Vlaanderen\nNL")
			.param("languages", "nl, fr")
			.param("translations[en].name", "Learning network");
	}

}
