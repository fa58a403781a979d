package org.kring.expertise;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.system.TestPrincipal;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach which request page: signed-in people see their own list; facilitators,
 * coordinators and administrators ask; a request and its files are found only by its
 * asker, the experts asked and administrators (404 for everyone else, as for a request
 * that does not exist); only an asked expert replies and only the asker closes.
 */
class ExpertRequestAuthorizationTests extends ExpertRequestTestSupport {

	private TestPrincipal asker;

	private TestPrincipal asked;

	private TestPrincipal notAsked;

	private TestPrincipal member;

	private TestPrincipal facilitator;

	private TestPrincipal coordinator;

	private TestPrincipal administrator;

	private UUID id;

	private UUID file;

	@BeforeEach
	void requestWithAFile() throws Exception {
		this.asker = member("Claire");
		community(this.asker);
		this.asked = expert("Hanne", "EVERYONE", null);
		this.notAsked = expert("Samuel", "EVERYONE", null);
		this.member = member("Zilverreiger");
		this.facilitator = member("Tariq");
		community(this.facilitator, this.member);
		this.coordinator = coordinator("Jonas");
		this.administrator = administrator("Mirte");
		this.id = ask(this.asker, List.of(this.asked), file("guide.pdf", SampleFiles.pdf()));
		this.file = this.jdbc.queryForObject("select id from expertise_request_attachment where request_id = ?",
				UUID.class, this.id);
	}

	@Test
	void theListIsForEverySignedInPerson() throws Exception {
		assertThat(loginRedirect(get("/experts/requests", null))).isTrue();
		for (TestPrincipal who : List.of(this.member, this.asked, this.facilitator, this.coordinator,
				this.administrator)) {
			assertThat(status(get("/experts/requests", who))).as(who.displayName()).isEqualTo(200);
		}
	}

	@Test
	void onlyFacilitatorsCoordinatorsAndAdministratorsAsk() throws Exception {
		assertThat(loginRedirect(get("/experts/requests/new", null))).isTrue();
		assertThat(status(get("/experts/requests/new", this.member))).isEqualTo(403);
		assertThat(status(get("/experts/requests/new", this.asked))).isEqualTo(403);
		assertThat(status(upload("/experts/requests/new", this.member, List.of(), "title", "x"))).isEqualTo(403);
		for (TestPrincipal who : List.of(this.facilitator, this.coordinator, this.administrator)) {
			assertThat(status(get("/experts/requests/new", who))).as(who.displayName()).isEqualTo(200);
		}
		assertThat(get("/experts/requests/new?expert=" + this.asked.id(), this.facilitator).andReturn()
			.getResponse()
			.getContentAsString()).contains("Hanne");
	}

	@Test
	void aRequestAndItsFilesAreFoundOnlyByItsAskerItsExpertsAndAdministrators() throws Exception {
		String page = "/experts/requests/" + this.id;
		String download = page + "/attachments/" + this.file;
		assertThat(loginRedirect(get(page, null))).isTrue();
		assertThat(loginRedirect(get(download, null))).isTrue();
		for (TestPrincipal who : List.of(this.asker, this.asked, this.administrator)) {
			assertThat(status(get(page, who))).as(who.displayName()).isEqualTo(200);
			assertThat(status(get(download, who))).as(who.displayName()).isEqualTo(200);
		}
		for (TestPrincipal who : List.of(this.member, this.notAsked, this.facilitator, this.coordinator)) {
			assertThat(status(get(page, who))).as(who.displayName()).isEqualTo(404);
			assertThat(status(get(download, who))).as(who.displayName()).isEqualTo(404);
		}
		assertThat(status(get("/experts/requests/" + UUID.randomUUID(), this.administrator))).isEqualTo(404);
		assertThat(status(get("/experts/requests/nonsense", this.administrator))).isEqualTo(404);
		assertThat(status(get(page + "/attachments/" + UUID.randomUUID(), this.asker))).isEqualTo(404);
	}

	@Test
	void onlyAnAskedExpertReplies() throws Exception {
		String accept = "/experts/requests/" + this.id + "/accept";
		assertThat(loginRedirect(post(accept, null))).isTrue();
		for (TestPrincipal who : List.of(this.member, this.notAsked, this.facilitator, this.coordinator)) {
			assertThat(status(post(accept, who))).as(who.displayName()).isEqualTo(404);
		}
		assertThat(status(post(accept, this.asker))).isEqualTo(403);
		assertThat(status(post(accept, this.administrator))).isEqualTo(403);
		assertThat(status(post(accept, this.asked))).isEqualTo(302);
	}

	@Test
	void onlyTheAskerClosesOrCancels() throws Exception {
		for (String action : List.of("/close", "/cancel")) {
			String path = "/experts/requests/" + this.id + action;
			assertThat(loginRedirect(post(path, null))).isTrue();
			for (TestPrincipal who : List.of(this.member, this.notAsked, this.coordinator)) {
				assertThat(status(post(path, who))).as(who.displayName()).isEqualTo(404);
			}
			assertThat(status(post(path, this.asked))).isEqualTo(403);
			assertThat(status(post(path, this.administrator))).isEqualTo(403);
		}
		assertThat(status(post("/experts/requests/" + this.id + "/cancel", this.asker))).isEqualTo(302);
	}

	private static int status(ResultActions actions) {
		return actions.andReturn().getResponse().getStatus();
	}

	private static boolean loginRedirect(ResultActions actions) {
		MvcResult result = actions.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return result.getResponse().getStatus() == 302 && location != null && location.contains("/login");
	}

}
