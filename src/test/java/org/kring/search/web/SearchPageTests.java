package org.kring.search.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kring.account.internal.AccountSettings;
import org.kring.expertise.ExpertProfile;
import org.kring.expertise.ProfileVisibility;
import org.kring.meeting.internal.Meeting;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeReviews;
import org.kring.search.SearchTestSupport;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page and its JSON API: what each role finds (reviewers the practices they
 * review, everyone the expert profiles for everyone), facets as links with counts,
 * snippets escaped, query syntax and overlong words taken as plain text, the statements
 * read not growing with the results; and the index's page for administrators only.
 */
class SearchPageTests extends SearchTestSupport {

	@Autowired
	private PracticeReviews reviews;

	@Autowired
	private AccountSettings accountSettings;

	@Test
	void eachRoleFindsOnlyWhatItMaySee() throws Exception {
		TestPrincipal submitter = member("Submitter");
		TestPrincipal member = member("Member");
		TestPrincipal outsider = member("Outsider");
		TestPrincipal reviewer = member("Reviewer");
		TestPrincipal coordinator = coordinator("Coordinator");
		TestPrincipal administrator = administrator("Administrator");
		Practice published = this.practices.published(submitter, "Orchard published practice", coordinator);
		Practice draft = this.practices.draft(submitter, "Orchard draft practice");
		Practice reviewed = this.practices.submitted(member("Other submitter"), "Orchard practice under review");
		this.reviews.assign(reviewed.id(), reviewer.id(), coordinator.id());
		UUID closed = community("MEMBERS_ONLY", member);
		UUID open = community("PUBLIC", member);
		Meeting closedMeeting = this.fixtures.meeting(closed, member, "Orchard meeting behind doors");
		Meeting openMeeting = this.fixtures.meeting(open, member, "Orchard meeting in the open");

		String publishedPath = "/practices/" + published.id();
		String draftPath = "/practices/" + draft.id();
		String reviewedPath = "/practices/" + reviewed.id();
		String closedPath = "/meetings/" + closedMeeting.id();
		String openPath = "/meetings/" + openMeeting.id();
		assertFinds(null, publishedPath, openPath).doesNotContain(draftPath, reviewedPath, closedPath);
		assertFinds(outsider, publishedPath, openPath).doesNotContain(draftPath, reviewedPath, closedPath);
		assertFinds(member, publishedPath, openPath, closedPath).doesNotContain(draftPath, reviewedPath);
		assertFinds(submitter, publishedPath, openPath, draftPath).doesNotContain(reviewedPath, closedPath);
		assertFinds(reviewer, publishedPath, openPath, reviewedPath).doesNotContain(draftPath, closedPath);
		assertFinds(coordinator, publishedPath, openPath, draftPath, reviewedPath).doesNotContain(closedPath);
		assertFinds(administrator, publishedPath, openPath, draftPath, reviewedPath, closedPath);
		api(null, "orchard").andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(content().string(containsString(publishedPath)))
			.andExpect(content().string(not(containsString(draftPath))));
	}

	@Test
	void aReviewerNoLongerFindsTheDraftOnceRemovedFromItsReview() {
		TestPrincipal coordinator = coordinator("Coordinator");
		TestPrincipal kept = member("Kept reviewer");
		TestPrincipal removed = member("Removed reviewer");
		Practice practice = this.practices.submitted(member("Submitter"), "Quince orchard cooperative");
		this.reviews.assign(practice.id(), kept.id(), coordinator.id());
		this.reviews.assign(practice.id(), removed.id(), coordinator.id());
		assertThat(idsFoundBy(removed, "quince")).containsExactly(practice.id().toString());

		this.reviews.unassign(practice.id(), removed.id());
		assertThat(idsFoundBy(removed, "quince")).isEmpty();
		assertThat(idsFoundBy(kept, "quince")).containsExactly(practice.id().toString());
	}

	@Test
	void anExpertProfileForEveryoneIsFoundByAllAndAnotherByCoordinatorsAndItsOwnerOnly() throws Exception {
		TestPrincipal open = member("Amira Lighthouse");
		TestPrincipal reserved = member("Bram Lighthouse");
		TestPrincipal fellow = member("Fellow");
		TestPrincipal coordinator = coordinator("Coordinator");
		community("MEMBERS_ONLY", reserved, fellow);
		expertProfile(open, ProfileVisibility.EVERYONE, "Counsellor for families looking for a home.",
				"Tenancy disputes before the courts");
		expertProfile(reserved, ProfileVisibility.COMMUNITIES, "Counsellor for young people leaving care.",
				"Tenancy contracts for students");
		String openPath = "/experts/" + open.id();
		String reservedPath = "/experts/" + reserved.id();

		for (String words : new String[] { "lighthouse", "counsellor", "tenancy" }) {
			assertThat(page(null, words)).contains(openPath).doesNotContain(reservedPath);
			assertThat(page(fellow, words)).contains(openPath).doesNotContain(reservedPath);
			assertThat(page(reserved, words)).contains(openPath, reservedPath);
			assertThat(page(coordinator, words)).contains(openPath, reservedPath);
		}
		assertThat(page(null, "amira")).contains(openPath, "Amira Lighthouse", "Expert");
		get(openPath, null).andExpect(status().isOk());
		assertThat(page(null, "lighthouse", "type", "expert", "field", "housing-income", "country", "BE"))
			.contains(openPath);
	}

	@Test
	void aChangedExpertProfileChangesWhoFindsItAndByWhat() throws Exception {
		TestPrincipal expert = member("Chidi Okafor");
		ExpertProfile profile = expertProfile(expert, ProfileVisibility.EVERYONE, "Mediator between landlords.", null);
		assertThat(idsFoundBy(null, "mediator")).containsExactly(expert.id().toString());

		this.expertProfiles.save(new ExpertProfile(expert.id(), null, "Interpreter at the town hall.",
				ProfileVisibility.EVERYONE, profile.fields(), List.of(), List.of(), List.of(), Set.of()));
		assertThat(idsFoundBy(null, "mediator")).isEmpty();
		assertThat(idsFoundBy(null, "interpreter")).containsExactly(expert.id().toString());

		this.accountSettings.rename(expert.id(), "Chidi Nwosu");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(idsFoundBy(null, "nwosu")).containsExactly(expert.id().toString()));
		assertThat(idsFoundBy(null, "okafor")).isEmpty();

		this.expertProfiles.save(new ExpertProfile(expert.id(), null, "Interpreter at the town hall.",
				ProfileVisibility.COORDINATORS, profile.fields(), List.of(), List.of(), List.of(), Set.of()));
		assertThat(idsFoundBy(null, "interpreter")).isEmpty();
		assertThat(idsFoundBy(coordinator("Coordinator"), "interpreter")).containsExactly(expert.id().toString());

		this.expertProfiles.remove(expert.id());
		assertThat(idsFoundBy(coordinator("Other coordinator"), "interpreter")).isEmpty();
	}

	@Test
	void anErasedPersonsDraftAndExpertProfileLeaveTheSearch() {
		TestPrincipal person = member("Juniper Expert");
		TestPrincipal coordinator = coordinator("Coordinator");
		Practice draft = this.practices.draft(person, "Juniper hedges along the canal");
		expertProfile(person, ProfileVisibility.EVERYONE, "Gardener.", null);
		assertThat(idsFoundBy(coordinator, "juniper")).containsExactlyInAnyOrder(draft.id().toString(),
				person.id().toString());

		this.accountSettings.erase(person.id());
		assertThat(idsFoundBy(coordinator, "juniper")).isEmpty();
	}

	@Test
	void aSecretCommunityIsFoundOnlyByItsMembersAndAPublicOneByAll() throws Exception {
		TestPrincipal member = member("Member");
		UUID secret = community("SECRET", member);
		UUID open = community("PUBLIC", member);
		this.jdbc.update("update community set name = 'Lighthouse keepers circle' where id in (?, ?)", secret, open);
		this.index.rebuild().join();
		String secretPath = "/communities/" + org.kring.meeting.MeetingFixtures.slugOf(secret);
		String openPath = "/communities/" + org.kring.meeting.MeetingFixtures.slugOf(open);
		assertThat(page(null, "lighthouse")).contains(openPath).doesNotContain(secretPath);
		assertThat(page(member("Stranger"), "lighthouse")).contains(openPath).doesNotContain(secretPath);
		assertThat(page(member, "lighthouse")).contains(openPath, secretPath);
	}

	@Test
	void queryMarkupAndOverlongWordsAreSearchedAsPlainTextNeverAnError() throws Exception {
		TestPrincipal submitter = member("Submitter");
		this.practices.draft(submitter, "Hidden draft nobody else sees");
		for (String query : new String[] { "*:*", "\"unbalanced", "title:(hidden AND", "a OR b) ] }", "\\", "~2^9" }) {
			String page = page(null, query);
			assertThat(page).doesNotContain("/practices/");
		}
		String longQuery = "hidden ".repeat(1500);
		search(null, longQuery).andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"status\"")))
			.andExpect(content().string(containsString("class=\"notice\"")));
		api(null, longQuery).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("q"));
		api(null, "").andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("q"));
		api(null, "hidden&page=x").andExpect(status().isBadRequest());
	}

	@Test
	void aTitleWithMarkupShowsEscapedAndOnlyTheMatchIsMarked() throws Exception {
		TestPrincipal coordinator = coordinator("Coordinator");
		this.practices.published(member("Submitter"), description("en", "<script>alert(1)</script> Rooftop gardens",
				"Rooftop <b>beds</b> for neighbours.", "BE", "housing"), coordinator);
		String page = page(coordinator, "rooftop");
		assertThat(page).doesNotContain("<script>alert")
			.doesNotContain("<b>beds")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; Rooftop gardens")
			.contains("<mark>Rooftop</mark> &lt;b&gt;beds&lt;/b&gt;");
	}

	@Test
	void facetsAreLinksWithCountsThatNarrowTheSearch() throws Exception {
		TestPrincipal submitter = member("Submitter");
		TestPrincipal coordinator = coordinator("Coordinator");
		this.practices.published(submitter, description("en", "Harbour walks one", "A walk.", "BE", "health"),
				coordinator);
		this.practices.published(submitter, description("en", "Harbour walks two", "A walk.", "BE", "health"),
				coordinator);
		this.practices.published(submitter, description("en", "Harbour walks three", "A walk.", "NL", "health"),
				coordinator);
		String page = page(coordinator, "harbour");
		assertThat(page).contains("href=\"/search?q=harbour&amp;country=BE\">Belgium</a> <span class=\"count\">(2)")
			.contains("href=\"/search?q=harbour&amp;country=NL\">Netherlands</a> <span class=\"count\">(1)");
		assertThat(page(coordinator, "harbour", "country", "NL")).contains("Harbour walks three")
			.doesNotContain("Harbour walks one");
	}

	@Test
	void theSearchPageReadsAsManyStatementsForTwentyFiveResultsAsForTwo() throws Exception {
		TestPrincipal submitter = member("Submitter");
		TestPrincipal coordinator = coordinator("Coordinator");
		UUID open = community("PUBLIC", submitter);
		addResults(submitter, coordinator, open, 1);
		SqlStatements.Recorded two = SqlStatements.count(() -> search(submitter, "lantern").andExpect(status().isOk()));
		addResults(submitter, coordinator, open, 12);
		SqlStatements.Recorded many = SqlStatements
			.count(() -> search(submitter, "lantern").andExpect(status().isOk()));
		assertThat(page(submitter, "lantern")).contains("Found: 26");
		assertThat(two.count()).as(two::describe).isBetween(1, 10);
		assertThat(many.count()).as(many::describe).isEqualTo(two.count());
	}

	@Test
	void onlyAdministratorsSeeAndRebuildTheIndex() throws Exception {
		TestPrincipal administrator = administrator("Administrator");
		this.practices.published(member("Submitter"), "Beacon practice", coordinator("Coordinator"));
		get("/admin/search", null).andExpect(redirectedUrl("/login"));
		get("/admin/search", member("Member")).andExpect(status().isForbidden());
		get("/admin/search", coordinator("Other coordinator")).andExpect(status().isForbidden());
		post("/admin/search/rebuild", member("Member")).andExpect(status().isForbidden());
		post("/admin/search/rebuild", coordinator("Other coordinator")).andExpect(status().isForbidden());

		emptyIndex();
		assertThat(idsFoundBy(administrator, "beacon")).isEmpty();
		post("/admin/search/rebuild", administrator).andExpect(redirectedUrl("/admin/search"));
		this.index.lastRebuild().join();
		assertThat(idsFoundBy(administrator, "beacon")).hasSize(1);
		get("/admin/search", administrator).andExpect(status().isOk())
			.andExpect(content().string(containsString("Good practice</th><td>1</td>")));
	}

	private void addResults(TestPrincipal submitter, TestPrincipal coordinator, UUID community, int each) {
		for (int i = 0; i < each; i++) {
			this.practices.published(submitter, "Lantern practice " + i, coordinator);
			this.fixtures.meeting(community, submitter, "Lantern meeting " + i);
		}
	}

	private org.assertj.core.api.AbstractStringAssert<?> assertFinds(@Nullable TestPrincipal who, String... paths)
			throws Exception {
		return assertThat(page(who, "orchard")).contains(paths);
	}

	private String page(@Nullable TestPrincipal who, String query, String... params) throws Exception {
		return search(who, query, params).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private ResultActions search(@Nullable TestPrincipal who, String query, String... params) throws Exception {
		var request = MockMvcRequestBuilders.get("/search")
			.param("q", query)
			.locale(Locale.ENGLISH)
			.header("Accept-Language", "en");
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(as(request, who));
	}

	private ResultActions api(@Nullable TestPrincipal who, String query) throws Exception {
		String[] parts = query.split("&page=");
		var request = MockMvcRequestBuilders.get("/api/v1/search").param("q", parts[0]);
		if (parts.length > 1) {
			request.param("page", parts[1]);
		}
		return this.mvc.perform(as(request, who));
	}

}
