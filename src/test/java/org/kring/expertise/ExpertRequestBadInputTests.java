package org.kring.expertise;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.system.TestPrincipal;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of bad input to a request or a reply has its outcome: the page again with
 * the status that says why, the message next to the field, what was typed kept (files to
 * be chosen again), and nothing saved.
 */
class ExpertRequestBadInputTests extends ExpertRequestTestSupport {

	private TestPrincipal coordinator;

	private TestPrincipal expert;

	@BeforeEach
	void people() {
		this.coordinator = coordinator("Jonas");
		this.expert = expert("Lene", "EVERYONE", null);
	}

	@Test
	void noExpertChosen() throws Exception {
		String page = rejected(valid("expert", ""), 422);
		assertThat(page).contains("id=\"experts-error\">Choose at least one expert.");
		assertThat(page).contains("value=\"Review our welcome guide\"").contains("Is the guide clear?");
	}

	@Test
	void anUnknownExpertAndOneTheAskerMayNotSeeGetTheSameMessage() throws Exception {
		String unknown = rejected(valid("expert", UUID.randomUUID().toString()), 422);
		assertThat(unknown).contains("id=\"experts-error\">One of the experts chosen could not be found.");
		TestPrincipal facilitator = member("Claire");
		community(facilitator);
		TestPrincipal hidden = expert("Greet", "COORDINATORS", null);
		String invisible = rejected(facilitator, valid("expert", hidden.id().toString()), 422);
		assertThat(invisible).contains("id=\"experts-error\">One of the experts chosen could not be found.");
		String garbled = rejected(valid("expert", "not-an-id"), 422);
		assertThat(garbled).contains("id=\"experts-error\">One of the experts chosen could not be found.");
	}

	@Test
	void anExpertSharingACommunityIsVisibleOnlyThen() throws Exception {
		TestPrincipal facilitator = member("Claire");
		TestPrincipal fellow = expert("Chiara", "COMMUNITIES", null);
		community(facilitator);
		rejected(facilitator, valid("expert", fellow.id().toString()), 422);
		community(facilitator, fellow);
		upload("/experts/requests/new", facilitator, List.of(), valid("expert", fellow.id().toString()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aDueDateInThePastOrNotADate() throws Exception {
		String past = rejected(valid("dueOn", LocalDate.now(this.properties.timeZone()).minusDays(1).toString()), 422);
		assertThat(past).contains("id=\"dueOn-error\">The due date must be today or later.");
		String garbled = rejected(valid("dueOn", "next friday"), 422);
		assertThat(garbled).contains("id=\"dueOn-error\">Give the due date as year-month-day")
			.contains("value=\"next friday\"");
		upload("/experts/requests/new", this.coordinator, List.of(),
				valid("dueOn", LocalDate.now(this.properties.timeZone()).toString()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void anEmptyTitleAndTooLongTexts() throws Exception {
		assertThat(rejected(valid("title", "  "), 422)).contains("id=\"title-error\">Give the request a title.");
		assertThat(rejected(valid("title", "t".repeat(201)), 422))
			.contains("id=\"title-error\">The title may have at most 200 characters.");
		assertThat(rejected(valid("question", "q".repeat(4001)), 422))
			.contains("id=\"question-error\">This text may have at most 4,000 characters.");
		assertThat(rejected(valid("link", "javascript:alert(1)"), 422)).contains("id=\"link-error\">");
		assertThat(rejected(valid("kind", "PARTY"), 422)).contains("id=\"kind-error\">Choose what you ask for.");
	}

	@Test
	void aCommunityTheAskerDoesNotBelongTo() throws Exception {
		TestPrincipal other = member("Tariq");
		UUID foreign = community(other);
		assertThat(rejected(valid("community", foreign.toString()), 422))
			.contains("id=\"community-error\">Choose one of your communities, or none.");
	}

	@Test
	void aProgramRenamedPdfIsRefusedAndNothingIsKept() throws Exception {
		String page = rejected(List.of(file("invoice.pdf", SampleFiles.exe())), valid(), 422);
		assertThat(page).contains("id=\"attachments-error\">A file is not a PDF, ODT, DOCX, PNG or JPEG file");
		assertThat(page).contains("value=\"Review our welcome guide\"");
		String html = rejected(List.of(file("page.png", SampleFiles.html())), valid(), 422);
		assertThat(html).contains("id=\"attachments-error\">A file is not a PDF");
		assertThat(requestsOf(this.coordinator)).isZero();
		java.nio.file.Files.createDirectories(directory());
		assertThat(directory().toFile().list()).as("no file stays on disk")
			.noneMatch(
					(name) -> this.jdbc.queryForObject("select count(*) from expertise_request_attachment where id = ?",
							Integer.class, UUID.fromString(name)) == 0);
	}

	@Test
	void aFileTooLargeIsRefused() throws Exception {
		byte[] large = new byte[(int) this.settings.maxAttachmentSize().toBytes() + 1];
		System.arraycopy(SampleFiles.pdf(), 0, large, 0, SampleFiles.pdf().length);
		String page = rejected(List.of(file("big.pdf", large)), valid(), 422);
		assertThat(page).contains("id=\"attachments-error\">A file is larger than 10 MB.");
		assertThat(requestsOf(this.coordinator)).isZero();
	}

	@Test
	void otherProblemsAskForTheFilesAgain() throws Exception {
		String page = rejected(List.of(file("guide.pdf", SampleFiles.pdf())), valid("title", ""), 422);
		assertThat(page).contains("id=\"attachments-error\">Nothing was sent yet: choose your files again.");
	}

	@Test
	void answeringTwiceAClosedRequestOrOneNotAskedOfMe() throws Exception {
		UUID id = ask(this.coordinator, List.of(this.expert));
		TestPrincipal other = expert("Samuel", "EVERYONE", null);
		upload("/experts/requests/" + id + "/answer", this.expert, List.of(), "answer", "")
			.andExpect(status().isUnprocessableContent());
		String empty = upload("/experts/requests/" + id + "/answer", this.expert, List.of(), "answer", "  ").andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(empty).contains("id=\"answer-error\">Write your answer.");
		String tooLong = upload("/experts/requests/" + id + "/answer", this.expert, List.of(), "answer",
				"a".repeat(4001))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLong).contains("id=\"answer-error\">Your answer may have at most 4,000 characters.")
			.contains("a".repeat(4001));
		upload("/experts/requests/" + id + "/answer", this.expert, List.of(), "answer", "First answer")
			.andExpect(status().is3xxRedirection());
		String twice = upload("/experts/requests/" + id + "/answer", this.expert, List.of(), "answer", "Again")
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(twice).contains("You already replied to this request.");
		post("/experts/requests/" + id + "/decline", this.expert).andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select answer from expertise_request_expert where request_id = ?",
				String.class, id))
			.isEqualTo("First answer");

		UUID closed = ask(this.coordinator, List.of(this.expert));
		post("/experts/requests/" + closed + "/cancel", this.coordinator).andExpect(status().is3xxRedirection());
		String late = upload("/experts/requests/" + closed + "/answer", this.expert, List.of(), "answer", "Late")
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(late).contains("This request is closed: replies are no longer taken.");
		post("/experts/requests/" + closed + "/close", this.coordinator).andExpect(status().isConflict());

		upload("/experts/requests/" + id + "/answer", other, List.of(), "answer", "Me too")
			.andExpect(status().isNotFound());
		String asker = upload("/experts/requests/" + closed + "/answer", this.coordinator, List.of(), "answer", "Me")
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asker).contains("This request was not asked of you, so you cannot reply to it.");
	}

	@Test
	void aReasonTooLongKeepsWhatWasTyped() throws Exception {
		UUID id = ask(this.coordinator, List.of(this.expert));
		String page = post("/experts/requests/" + id + "/decline", this.expert, "reason", "r".repeat(1001))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"reason-error\">The reason may have at most 1,000 characters.")
			.contains("r".repeat(1001));
	}

	private String[] valid(String... replacing) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("kind", "REVIEW");
		fields.put("title", "Review our welcome guide");
		fields.put("question", "Is the guide clear?");
		fields.put("dueOn", LocalDate.now(this.properties.timeZone()).plusDays(3).toString());
		fields.put("expert", this.expert.id().toString());
		for (int i = 0; i < replacing.length; i += 2) {
			fields.put(replacing[i], replacing[i + 1]);
		}
		return fields.entrySet()
			.stream()
			.flatMap((entry) -> java.util.stream.Stream.of(entry.getKey(), entry.getValue()))
			.toArray(String[]::new);
	}

	private String rejected(String[] params, int status) throws Exception {
		return rejected(this.coordinator, List.of(), params, status);
	}

	private String rejected(TestPrincipal who, String[] params, int status) throws Exception {
		return rejected(who, List.of(), params, status);
	}

	private String rejected(List<MockMultipartFile> files, String[] params, int status) throws Exception {
		return rejected(this.coordinator, files, params, status);
	}

	private String rejected(TestPrincipal who, List<MockMultipartFile> files, String[] params, int status)
			throws Exception {
		MvcResult result = upload("/experts/requests/new", who, files, params).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		assertThat(requestsOf(who)).as("nothing saved").isZero();
		return result.getResponse().getContentAsString();
	}

	private int requestsOf(TestPrincipal who) {
		return this.jdbc.queryForObject("select count(*) from expertise_request where asked_by = ?", Integer.class,
				who.id());
	}

}
