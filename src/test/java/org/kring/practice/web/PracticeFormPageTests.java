package org.kring.practice.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.practice.PracticeTestSupport;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeState;
import org.kring.system.TestPrincipal;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing a practice with the template: who may, what an incomplete or bad form answers,
 * and a change that crossed another.
 */
class PracticeFormPageTests extends PracticeTestSupport {

	@Test
	void aVisitorIsSentToLogInToWriteAPractice() throws Exception {
		get("/practices/new", null).andExpect(status().is3xxRedirection());
		post("/practices/new", null, "title", "Welcome desk", "step", "save").andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from practice", Integer.class)).isZero();
	}

	@Test
	void aMemberSavesADraftThatOnlyTheyChangeAndOnlyTheyAndCoordinatorsRead() throws Exception {
		TestPrincipal ana = member("Ana");
		TestPrincipal other = member("Other");
		get("/practices/new", ana).andExpect(status().isOk());
		post("/practices/new", ana, "title", "Welcome desk", "language", "en", "step", "save")
			.andExpect(status().is3xxRedirection());
		Practice draft = onlyPracticeOf(ana);
		assertThat(draft.state()).isEqualTo(PracticeState.DRAFT);
		String edit = "/practices/" + draft.id() + "/edit";
		get(edit, ana).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Welcome desk")));
		get(edit, other).andExpect(status().isNotFound());
		get(edit, coordinator("Cora")).andExpect(status().isNotFound());
		get("/practices/" + draft.id(), other).andExpect(status().isNotFound());
		get("/practices/" + draft.id(), null).andExpect(status().isNotFound());
		get("/practices/" + draft.id(), coordinator("Coco")).andExpect(status().isOk());
		get("/practices/" + draft.id(), ana).andExpect(status().isOk());
		get("/practices/not-an-id", ana).andExpect(status().isNotFound());
	}

	@Test
	void submittingAnIncompletePracticeAnswers422NextToEachMissingPartAndKeepsWhatWasTyped() throws Exception {
		TestPrincipal ana = member("Ana");
		String page = post("/practices/new", ana, "title", "Welcome desk", "region", "Ghent city", "language", "en",
				"step", "submit")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Submitting needs a summary.", "Submitting needs the country.",
				"Submitting needs at least one field.", "Submitting needs the activities.", "value=\"Ghent city\"",
				"value=\"Welcome desk\"");
		assertThat(this.jdbc.queryForObject("select count(*) from practice", Integer.class)).isZero();
	}

	@Test
	void aCompletePracticeIsSubmittedAndShowsAsSubmittedInMyPractices() throws Exception {
		TestPrincipal ana = member("Ana");
		post("/practices/new", ana, complete("Language café", "step", "submit", "transfer", "A room and volunteers."))
			.andExpect(status().is3xxRedirection());
		Practice practice = onlyPracticeOf(ana);
		assertThat(practice.state()).isEqualTo(PracticeState.SUBMITTED);
		assertThat(get("/practices/" + practice.id(), ana).andReturn().getResponse().getContentAsString())
			.contains("<h2 id=\"part-activities\"", "Weekly conversation tables.", "<h2 id=\"part-transfer\"",
					"A room and volunteers.")
			.doesNotContain("part-evidence");
		assertThat(get("/practices", ana).andReturn().getResponse().getContentAsString()).contains("Language café",
				"Submitted");
		get("/practices/" + practice.id() + "/edit", ana).andExpect(status().isNotFound());
	}

	@Test
	void badValuesAnswer422NextToTheirFieldAndAScriptLinkIsRefused() throws Exception {
		TestPrincipal ana = member("Ana");
		String page = post("/practices/new", ana, "title", "Welcome desk", "language", "en", "country", "XX",
				"startYear", "next year", "contactEmail", "not-an-address", "field", "no-such-field", "linkLabel",
				"Run me", "linkUrl", "javascript:alert(1)", "step", "save")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"country-error\"", "id=\"startYear-error\"", "id=\"contactEmail-error\"",
				"id=\"fields-error\"", "id=\"linkUrl-0-error\"", "Enter a web address starting with http://",
				"value=\"next year\"", "value=\"javascript:alert(1)\"");
		assertThat(page).doesNotContain("href=\"javascript:");
		assertThat(this.jdbc.queryForObject("select count(*) from practice", Integer.class)).isZero();
	}

	@Test
	void aChangeThatCrossedAnotherAnswers409AndKeepsTheText() throws Exception {
		TestPrincipal ana = member("Ana");
		Practice draft = this.practices.draft(ana, "Welcome desk");
		String page = post("/practices/" + draft.id() + "/edit", ana,
				complete("My newer title", "version", "99", "step", "save"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"My newer title\"", "Someone changed this practice");
		assertThat(this.practices.reload(draft.id()).title()).isEqualTo("Welcome desk");
	}

	@Test
	void aReturnedPracticeShowsTheCommentsAndIsResubmitted() throws Exception {
		TestPrincipal ana = member("Ana");
		TestPrincipal cora = coordinator("Cora");
		Practice practice = this.practices.submitted(ana, "Welcome desk");
		practice.returnWith("Please describe the results.", cora.id(), java.time.Instant.now());
		practice = this.practiceRepository.save(practice);
		MvcResult form = get("/practices/" + practice.id() + "/edit", ana).andExpect(status().isOk()).andReturn();
		assertThat(form.getResponse().getContentAsString()).contains("Please describe the results.");
		post("/practices/" + practice.id() + "/edit", ana,
				complete("Welcome desk", "version", Long.toString(practice.version()), "step", "submit"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.practices.reload(practice.id()).state()).isEqualTo(PracticeState.SUBMITTED);
	}

	@Test
	void someoneElseCannotChangeOrSubmitAPractice() throws Exception {
		TestPrincipal ana = member("Ana");
		Practice draft = this.practices.draft(ana, "Welcome desk");
		post("/practices/" + draft.id() + "/edit", member("Mallory"),
				complete("Taken over", "version", Long.toString(draft.version()), "step", "submit"))
			.andExpect(status().isNotFound());
		assertThat(this.practices.reload(draft.id()).title()).isEqualTo("Welcome desk");
	}

	private Practice onlyPracticeOf(TestPrincipal person) {
		List<UUID> ids = this.jdbc.queryForList("select id from practice where submitted_by = ?", UUID.class,
				person.id());
		assertThat(ids).hasSize(1);
		return this.practices.reload(ids.get(0));
	}

	/** The params of a template complete enough to submit, and more. */
	static String[] complete(String title, String... more) {
		List<String> params = new java.util.ArrayList<>(List.of("title", title, "summary", "Newcomers practise Dutch.",
				"country", "BE", "region", "Ghent", "field", org.kring.practice.PracticeFixtures.FIELD, "targetGroup",
				"WOMEN", "organisationName", "Fictional Welcome Office", "startYear", "2021", "stillRunning", "true",
				"activities", "Weekly conversation tables.", "language", "en", "languages", "nl", "contactVisibility",
				"NOBODY"));
		params.addAll(List.of(more));
		return params.toArray(String[]::new);
	}

}
