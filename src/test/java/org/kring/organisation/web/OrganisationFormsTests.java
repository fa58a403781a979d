package org.kring.organisation.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.organisation.OrganisationSystemTests;
import org.kring.system.TestPrincipal;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input on the organisation forms: a message next to the field, 422, what was typed
 * kept, and nothing saved.
 */
class OrganisationFormsTests extends OrganisationSystemTests {

	private static final RequestPostProcessor COORDINATOR = TestPrincipal.coordinator("Corin").signedIn();

	private OrganisationSummary bridge;

	@BeforeEach
	void organisation() {
		this.bridge = this.fixtures.add("Bridge Collective", OrganisationKind.NGO, "BE", "Antwerp", "education");
	}

	@Test
	void aNewOrganisationGetsASlugMadeFromItsName() throws Exception {
		String name = "Café Ünïty & Friends " + this.fixtures.run();
		this.mvc
			.perform(create(name).param("region", "Lyon")
				.param("website", "https://unity.example")
				.param("fields", "health-care", "housing-income"))
			.andExpect(redirectedUrl("/organisations/cafe-unity-and-friends-" + this.fixtures.run()));
		String page = this.mvc.perform(get("/organisations/cafe-unity-and-friends-" + this.fixtures.run()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Café Ünïty &amp; Friends").contains("Frankrijk").contains("Lyon");
		assertThat(count("select count(*) from organisation_field f join organisation o on o.id = f.organisation_id"
				+ " where o.name = '" + name + "'"))
			.isEqualTo(2);
	}

	@Test
	void aMissingNameABadWebsiteAnUnknownKindAndCountryAreEachNamedAndTheTypedValuesKept() throws Exception {
		String body = rejected(create("").param("kind", "SECRET_SOCIETY")
			.param("country", "XX")
			.param("region", "Somewhere " + this.fixtures.run())
			.param("website", "javascript:alert(1)")
			.param("fields", "education", "astrology"));
		assertThat(body).contains("id=\"name-error\"")
			.contains("id=\"kind-error\"")
			.contains("id=\"country-error\"")
			.contains("id=\"website-error\"")
			.contains("id=\"fields-error\"")
			.contains("value=\"Somewhere " + this.fixtures.run() + "\"")
			.contains("value=\"javascript:alert(1)\"")
			.containsPattern("value=\"education\"\\s+checked");
		assertThat(count("select count(*) from organisation where region = 'Somewhere " + this.fixtures.run() + "'"))
			.isZero();
	}

	@Test
	void aBadWebsiteAloneIsRefusedAndNothingIsSaved() throws Exception {
		String name = "Web Less " + this.fixtures.run();
		for (String website : new String[] { "ftp://files.example", "example.org", "https://", "http://a b.example",
				"data:text/html,hi" }) {
			String body = rejected(create(name).param("website", website));
			assertThat(body).contains("id=\"website-error\"").contains("value=\"" + name + "\"");
		}
		assertThat(count("select count(*) from organisation where name = '" + name + "'")).isZero();
	}

	@Test
	void aSlugThatIsTakenMalformedOrReservedIsRefused() throws Exception {
		for (String slug : new String[] { this.bridge.slug(), "Not A Slug", "new", "x", "double--hyphen" }) {
			String body = rejected(create("Another " + this.fixtures.run()).param("slug", slug));
			assertThat(body).as(slug).contains("id=\"slug-error\"");
		}
		assertThat(count("select count(*) from organisation where name = 'Another " + this.fixtures.run() + "'"))
			.isZero();
	}

	@Test
	void twoOrganisationsWithTheSameNameGetNumberedSlugs() throws Exception {
		String name = "Twin " + this.fixtures.run();
		String slug = "twin-" + this.fixtures.run();
		this.mvc.perform(create(name)).andExpect(redirectedUrl("/organisations/" + slug));
		this.mvc.perform(create(name)).andExpect(redirectedUrl("/organisations/" + slug + "-2"));
	}

	@Test
	void anEditKeepsTheSlugRenamesAndACrossingEditIsToldThenSavedWhenSentAgain() throws Exception {
		String path = this.bridge.path() + "/edit";
		this.mvc.perform(edit(path, "Bridge Collective Renamed", "MIGRANT_LED", "0"))
			.andExpect(redirectedUrl(this.bridge.path()));
		assertThat(
				this.jdbc.queryForObject("select kind from organisation where id = ?", String.class, this.bridge.id()))
			.isEqualTo("MIGRANT_LED");
		String stale = this.mvc.perform(edit(path, "Stale", "NGO", "0").locale(Locale.ENGLISH))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("value=\"Stale\"").contains("Someone else changed this organisation");
		assertThat(
				this.jdbc.queryForObject("select name from organisation where id = ?", String.class, this.bridge.id()))
			.isEqualTo("Bridge Collective Renamed");
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(stale);
		assertThat(version.find()).isTrue();
		assertThat(version.group(1)).isEqualTo("1");
		this.mvc.perform(edit(path, "Stale", "NGO", version.group(1))).andExpect(redirectedUrl(this.bridge.path()));
		assertThat(
				this.jdbc.queryForObject("select name from organisation where id = ?", String.class, this.bridge.id()))
			.isEqualTo("Stale");
	}

	private MockHttpServletRequestBuilder edit(String path, String name, String kind, String version) throws Exception {
		return postFrom(path, path, COORDINATOR).param("name", name)
			.param("slug", this.bridge.slug())
			.param("kind", kind)
			.param("country", "BE")
			.param("version", version);
	}

	@Test
	void aRelationToItselfToNobodyOrOfAnUnknownKindIsRefused() throws Exception {
		OrganisationSummary harbour = this.fixtures.add("Harbour", OrganisationKind.EMPLOYER, "NL", null);
		String path = this.bridge.path() + "/relations";
		String edit = this.bridge.path() + "/edit";
		assertThat(rejected(postFrom(path, edit, COORDINATOR).param("target", this.bridge.id().toString())
			.param("relationKind", "FUNDS"))).contains("id=\"target-error\"");
		assertThat(
				rejected(postFrom(path, edit, COORDINATOR).param("target", "not-an-id").param("relationKind", "FUNDS")))
			.contains("id=\"target-error\"");
		assertThat(rejected(postFrom(path, edit, COORDINATOR).param("target", harbour.id().toString())
			.param("relationKind", "MARRIED_TO")
			.param("note", "kept note"))).contains("id=\"relationKind-error\"").contains("value=\"kept note\"");
		this.mvc
			.perform(postFrom(path, edit, COORDINATOR).param("target", harbour.id().toString())
				.param("relationKind", "FUNDS"))
			.andExpect(status().isFound());
		assertThat(rejected(postFrom(path, edit, COORDINATOR).param("target", harbour.id().toString())
			.param("relationKind", "FUNDS"))).contains("id=\"target-error\"");
		assertThat(count("select count(*) from organisation_relation where source_id = '" + this.bridge.id() + "'"))
			.isOne();
	}

	private MockHttpServletRequestBuilder create(String name) throws Exception {
		return postFrom("/organisations/new", "/organisations/new", COORDINATOR).param("name", name)
			.param("kind", "NGO")
			.param("country", "FR");
	}

	private String rejected(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
