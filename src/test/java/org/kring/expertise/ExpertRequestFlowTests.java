package org.kring.expertise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.account.PersonalData;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A facilitator asks two experts for a review with a file; each gets a mail in their
 * language; one accepts then answers with text and an image, the other declines; the
 * asker sees both, closes the request, and no reply is taken after that.
 */
@RecordApplicationEvents
class ExpertRequestFlowTests extends ExpertRequestTestSupport {

	@Autowired
	ApplicationEvents events;

	@Autowired
	ExpertRequests requests;

	@Autowired
	List<PersonalData> personalData;

	@Test
	void aFacilitatorAsksTwoExpertsWhoAnswerAndDecline() throws Exception {
		TestPrincipal facilitator = member("Claire");
		community(facilitator);
		TestPrincipal hanne = expert("Hanne", "EVERYONE", Locale.forLanguageTag("nl"));
		TestPrincipal samuel = expert("Samuel", "EVERYONE", Locale.ENGLISH);

		UUID id = ask(facilitator, List.of(hanne, samuel), file("guide.pdf", SampleFiles.pdf()));

		ReceivedMail toHanne = TestMail.newestTo(emailOf(hanne));
		assertThat(toHanne.subject()).isEqualTo("Claire vraagt om jouw inbreng: Review our welcome guide");
		assertThat(toHanne.text()).contains("Beste Hanne").contains("Een document nalezen");
		assertThat(toHanne.firstLink().getPath()).isEqualTo("/experts/requests/" + id);
		ReceivedMail toSamuel = TestMail.newestTo(emailOf(samuel));
		assertThat(toSamuel.subject()).isEqualTo("Claire asks for your input: Review our welcome guide");
		assertThat(toSamuel.firstLink().getPath()).isEqualTo("/experts/requests/" + id);
		assertThat(this.events.stream(ExpertInputRequested.class))
			.containsExactly(new ExpertInputRequested(id, List.of(hanne.id(), samuel.id()), facilitator.id(),
					java.time.LocalDate.now(this.properties.timeZone()).plusDays(7)));

		Map<String, Object> stored = this.jdbc
			.queryForMap("select id, original_name, content_type, size_bytes, sha256 from expertise_request_attachment"
					+ " where request_id = ?", id);
		Path onDisk = directory().resolve(stored.get("id").toString());
		assertThat(onDisk).exists().hasBinaryContent(SampleFiles.pdf());
		assertThat(stored).containsEntry("original_name", "guide.pdf").containsEntry("content_type", "application/pdf");
		assertThat(stored.get("sha256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SampleFiles.pdf())));

		assertThat(this.requests.openFor(hanne.id())).extracting(OpenRequest::id).containsExactly(id);
		get("/experts/requests", hanne).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Review our welcome guide")));
		get("/experts/requests/" + id, hanne).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("guide.pdf")));

		post("/experts/requests/" + id + "/accept", hanne).andExpect(status().is3xxRedirection());
		upload("/experts/requests/" + id + "/answer", hanne, List.of(file("chart.png", SampleFiles.png())), "answer",
				"Clear, but add a glossary.")
			.andExpect(status().is3xxRedirection());
		post("/experts/requests/" + id + "/decline", samuel, "reason", "Away that month.")
			.andExpect(status().is3xxRedirection());
		assertThat(this.requests.openFor(hanne.id())).isEmpty();
		assertThat(this.events.stream(ExpertInputGiven.class)).containsExactly(
				new ExpertInputGiven(id, hanne.id(), facilitator.id(), false),
				new ExpertInputGiven(id, samuel.id(), facilitator.id(), true));

		String asker = get("/experts/requests/" + id, facilitator).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asker).contains("Clear, but add a glossary.")
			.contains("chart.png")
			.contains("Answered")
			.contains("Declined")
			.contains("Away that month.");
		String expertsView = get("/experts/requests/" + id, samuel).andReturn().getResponse().getContentAsString();
		assertThat(expertsView).as("an expert does not read another expert's answer")
			.doesNotContain("Clear, but add a glossary.");

		UUID png = this.jdbc.queryForObject(
				"select id from expertise_request_attachment where request_id = ? and expert_id = ?", UUID.class, id,
				hanne.id());
		get("/experts/requests/" + id + "/attachments/" + png, facilitator).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"chart.png\"; filename*=UTF-8''chart.png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(SampleFiles.png()));

		post("/experts/requests/" + id + "/close", facilitator).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select state from expertise_request where id = ?", String.class, id))
			.isEqualTo("CLOSED");
	}

	@Test
	void aNameBeyondAsciiIsSentAsRfc5987() throws Exception {
		TestPrincipal coordinator = coordinator("Jonas");
		TestPrincipal expert = expert("Lene", "COORDINATORS", null);
		UUID id = ask(coordinator, List.of(expert), file("rapport été.pdf", SampleFiles.pdf()));
		UUID file = this.jdbc.queryForObject("select id from expertise_request_attachment where request_id = ?",
				UUID.class, id);
		MvcResult result = get("/experts/requests/" + id + "/attachments/" + file, expert).andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''rapport%20%C3%A9t%C3%A9.pdf");
	}

	@Test
	void anUnansweredRequestPastItsDueDateShowsAsOverdue() throws Exception {
		TestPrincipal coordinator = coordinator("Jonas");
		TestPrincipal expert = expert("Lene", "EVERYONE", null);
		UUID id = ask(coordinator, List.of(expert));
		get("/experts/requests/" + id, coordinator)
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Overdue"))));
		this.jdbc.update("update expertise_request set due_on = ? where id = ?",
				java.time.LocalDate.now(this.properties.timeZone()).minusDays(1), id);
		get("/experts/requests/" + id, coordinator)
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Overdue")));
		get("/experts/requests", expert).andExpect(content().string(org.hamcrest.Matchers.containsString("Overdue")));
		assertThat(this.requests.openFor(expert.id())).singleElement().extracting(OpenRequest::overdue).isEqualTo(true);
	}

	@Test
	void personalDataExportsWhatWasAskedAndAnsweredAndErasureRemovesItWithItsFiles() throws Exception {
		TestPrincipal coordinator = coordinator("Jonas");
		TestPrincipal expert = expert("Lene", "EVERYONE", null);
		UUID id = ask(coordinator, List.of(expert), file("guide.pdf", SampleFiles.pdf()));
		upload("/experts/requests/" + id + "/answer", expert, List.of(file("chart.png", SampleFiles.png())), "answer",
				"My answer")
			.andExpect(status().is3xxRedirection());
		PersonalData section = this.personalData.stream()
			.filter((data) -> data.section().equals("expertRequests"))
			.findFirst()
			.orElseThrow();
		assertThat(section.export(coordinator.id()).toString()).contains("Review our welcome guide")
			.contains("guide.pdf");
		assertThat(section.export(expert.id()).toString()).contains("My answer").contains("chart.png");

		List<UUID> files = this.jdbc.queryForList("select id from expertise_request_attachment where request_id = ?",
				UUID.class, id);
		assertThat(files).hasSize(2).allSatisfy((file) -> assertThat(directory().resolve(file.toString())).exists());
		section.erase(expert.id());
		assertThat(this.jdbc.queryForObject("select count(*) from expertise_request_expert where expert_id = ?",
				Integer.class, expert.id()))
			.isZero();
		assertThat(section.export(expert.id())).isEmpty();
		section.erase(coordinator.id());
		assertThat(this.jdbc.queryForObject("select count(*) from expertise_request where id = ?", Integer.class, id))
			.isZero();
		assertThat(files)
			.allSatisfy((file) -> assertThat(Files.exists(directory().resolve(file.toString()))).isFalse());
	}

}
