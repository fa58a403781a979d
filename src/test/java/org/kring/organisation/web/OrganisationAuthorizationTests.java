package org.kring.organisation.web;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.organisation.OrganisationSystemTests;
import org.kring.organisation.RelationKind;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see and do what on the organisation pages: visitors and members read, signed-in
 * people say they belong to one, administrators and coordinators change organisations and
 * relations.
 */
class OrganisationAuthorizationTests extends OrganisationSystemTests {

	private static final RequestPostProcessor MEMBER = TestPrincipal.member("Mina").signedIn();

	private static final RequestPostProcessor COORDINATOR = TestPrincipal.coordinator("Corin").signedIn();

	private static final RequestPostProcessor ADMINISTRATOR = TestPrincipal.administrator("Ada").signedIn();

	@Autowired
	TransactionTemplate transactions;

	private OrganisationSummary bridge;

	private OrganisationSummary harbour;

	@BeforeEach
	void organisations() {
		this.bridge = this.fixtures.add("Bridge Collective", OrganisationKind.NGO, "BE", "Antwerp", "education");
		this.harbour = this.fixtures.add("Harbour Works", OrganisationKind.EMPLOYER, "NL", null, "labour-market");
		this.fixtures.relate(this.bridge, this.harbour, RelationKind.REFERS_CLIENTS_TO, "job coaching");
	}

	@Test
	void everyoneReadsTheListTheOrganisationTheMapAndTheExport() throws Exception {
		for (RequestPostProcessor person : new RequestPostProcessor[] { null, MEMBER, COORDINATOR, ADMINISTRATOR }) {
			for (String path : new String[] { "/organisations", this.bridge.path(), "/stakeholder-map",
					"/organisations.csv", "/api/v1/organisations", "/api/v1/organisations/" + this.bridge.slug() }) {
				var request = get(path);
				if (person != null) {
					request.with(person);
				}
				this.mvc.perform(request).andExpect(status().isOk());
			}
		}
	}

	@Test
	void aVisitorIsAskedToLogInToChangeOrganisations() throws Exception {
		for (String path : new String[] { "/organisations/new", this.bridge.path() + "/edit" }) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(postFrom("/organisations/new", "/organisations", null).param("name", "Sneaky"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(postFrom(this.bridge.path() + "/affiliation", this.bridge.path(), null))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(count("select count(*) from organisation where name = 'Sneaky'")).isZero();
	}

	@Test
	void aMemberMayNotChangeOrganisationsNorRelations() throws Exception {
		this.mvc.perform(get("/organisations/new").with(MEMBER)).andExpect(status().isForbidden());
		this.mvc.perform(get(this.bridge.path() + "/edit").with(MEMBER)).andExpect(status().isForbidden());
		this.mvc
			.perform(postFrom("/organisations/new", this.bridge.path(), MEMBER).param("name", "Sneaky")
				.param("kind", "NGO")
				.param("country", "BE"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(postFrom(this.bridge.path() + "/edit", this.bridge.path(), MEMBER).param("name", "Renamed")
				.param("kind", "NGO")
				.param("country", "BE"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(postFrom(this.bridge.path() + "/relations", this.bridge.path(), MEMBER)
				.param("target", this.harbour.id().toString())
				.param("relationKind", "FUNDS"))
			.andExpect(status().isForbidden());
		UUID relation = relationId();
		this.mvc
			.perform(postFrom(this.bridge.path() + "/relations/" + relation + "/delete", this.bridge.path(), MEMBER))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from organisation where name in ('Sneaky', 'Renamed')")).isZero();
		assertThat(count("select count(*) from organisation_relation where source_id = '" + this.bridge.id() + "'"))
			.isOne();
	}

	@Test
	void aMemberSaysTheyWorkAtAnOrganisationAndNoLongerDo() throws Exception {
		TestPrincipal mina = TestPrincipal.member("Mina");
		this.mvc.perform(postFrom(this.bridge.path() + "/affiliation", this.bridge.path(), mina.signedIn()))
			.andExpect(redirectedUrl(this.bridge.path()));
		assertThat(count("select count(*) from organisation_affiliation where person_id = '" + mina.id() + "'"))
			.isOne();
		String page = this.mvc.perform(get(this.bridge.path()).with(mina.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/affiliation/delete").contains("1");
		this.mvc.perform(postFrom(this.bridge.path() + "/affiliation/delete", this.bridge.path(), mina.signedIn()))
			.andExpect(redirectedUrl(this.bridge.path()));
		assertThat(count("select count(*) from organisation_affiliation where person_id = '" + mina.id() + "'"))
			.isZero();
	}

	@Test
	void aSecondFirstClickOnIWorkHereThatCrossesTheFirstIsNoError() throws Exception {
		TestPrincipal mina = TestPrincipal.member("Mina");
		MockHttpServletRequestBuilder secondClick = postFrom(this.bridge.path() + "/affiliation", this.bridge.path(),
				mina.signedIn());
		CountDownLatch added = new CountDownLatch(1);
		ExecutorService elsewhere = Executors.newSingleThreadExecutor();
		try {
			// The first click has added its record but not committed it: the second finds
			// none, adds one too and waits on the first's.
			Future<?> firstClick = elsewhere.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.fixtures.affiliate(mina.id(), this.bridge);
				added.countDown();
				pause(500);
			}));
			assertThat(added.await(10, TimeUnit.SECONDS)).isTrue();
			this.mvc.perform(secondClick).andExpect(redirectedUrl(this.bridge.path()));
			firstClick.get(10, TimeUnit.SECONDS);
		}
		finally {
			elsewhere.shutdown();
		}
		assertThat(count("select count(*) from organisation_affiliation where person_id = '" + mina.id() + "'"))
			.isOne();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aVisitorSeesHowManyPeopleWorkAtAnOrganisationButNeverWho() throws Exception {
		this.fixtures.affiliate(UUID.randomUUID(), this.bridge);
		this.fixtures.affiliate(UUID.randomUUID(), this.bridge);
		String page = this.mvc.perform(get(this.bridge.path()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("2 people say they work here").doesNotContain("/affiliation\"");
	}

	@Test
	void coordinatorsAndAdministratorsChangeOrganisationsAndRelations() throws Exception {
		for (RequestPostProcessor editor : new RequestPostProcessor[] { COORDINATOR, ADMINISTRATOR }) {
			this.mvc.perform(get("/organisations/new").with(editor)).andExpect(status().isOk());
			this.mvc.perform(get(this.bridge.path() + "/edit").with(editor)).andExpect(status().isOk());
			String name = "Made by editor " + UUID.randomUUID().toString().substring(0, 6) + " " + this.fixtures.run();
			this.mvc
				.perform(postFrom("/organisations/new", "/organisations/new", editor).param("name", name)
					.param("kind", "MUNICIPALITY")
					.param("country", "FR"))
				.andExpect(status().isFound());
			assertThat(count("select count(*) from organisation where name = '" + name + "'")).isOne();
			this.mvc
				.perform(postFrom(this.bridge.path() + "/relations", this.bridge.path() + "/edit", editor)
					.param("target", this.harbour.id().toString())
					.param("relationKind", "FUNDS")
					.param("note", "pilot"))
				.andExpect(redirectedUrl(this.bridge.path() + "/edit"));
			UUID funds = this.jdbc.queryForObject(
					"select id from organisation_relation where source_id = ? and kind = 'FUNDS'", UUID.class,
					this.bridge.id());
			this.mvc
				.perform(postFrom(this.bridge.path() + "/relations/" + funds + "/delete", this.bridge.path() + "/edit",
						editor))
				.andExpect(redirectedUrl(this.bridge.path() + "/edit"));
			assertThat(count("select count(*) from organisation_relation where kind = 'FUNDS' and source_id = '"
					+ this.bridge.id() + "'"))
				.isZero();
		}
	}

	@Test
	void onlyEditorsSeeTheLinksToChangeOrganisations() throws Exception {
		assertThat(body(get("/organisations").with(MEMBER))).doesNotContain("/organisations/new");
		assertThat(body(get(this.bridge.path()).with(MEMBER))).doesNotContain("/edit\"");
		assertThat(body(get("/organisations").with(COORDINATOR))).contains("/organisations/new");
		assertThat(body(get(this.bridge.path()).with(ADMINISTRATOR))).contains(this.bridge.path() + "/edit");
	}

	@Test
	void anUnknownOrganisationIsNotFound() throws Exception {
		this.mvc.perform(get("/organisations/no-such-organisation")).andExpect(status().isNotFound());
		this.mvc.perform(get("/organisations/no-such-organisation/edit").with(ADMINISTRATOR))
			.andExpect(status().isNotFound());
	}

	private UUID relationId() {
		return this.jdbc.queryForObject("select id from organisation_relation where source_id = ?", UUID.class,
				this.bridge.id());
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
