package org.kring.practice.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kring.expertise.SampleFiles;
import org.kring.practice.PracticeTestSupport;
import org.kring.practice.internal.Practice;
import org.kring.system.TestPrincipal;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files of a practice: kept when they are what they claim, refused with a message next to
 * the file field when they are not, and served to those who read the practice only.
 */
class PracticeFileTests extends PracticeTestSupport {

	@Test
	void theSubmitterAttachesAPdfThatTheyDownloadAndOthersCannotWhileItIsADraft() throws Exception {
		TestPrincipal ana = member("Ana");
		Practice draft = this.practices.draft(ana, "Welcome desk");
		upload(draft, ana, "../../etc/report\u0007.pdf", SampleFiles.pdf()).andExpect(status().is3xxRedirection());
		List<String> names = this.jdbc.queryForList("select original_name from practice_file where practice_id = ?",
				String.class, draft.id());
		assertThat(names).containsExactly("report.pdf");
		String fileId = this.jdbc.queryForObject("select id from practice_file where practice_id = ?", String.class,
				draft.id());
		String path = "/practices/" + draft.id() + "/files/" + fileId;
		get(path, ana).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "private, no-store"));
		get(path, null).andExpect(status().isNotFound());
		get(path, member("Bo")).andExpect(status().isNotFound());
		upload(draft, member("Bo"), "other.pdf", SampleFiles.pdf()).andExpect(status().isNotFound());
		post(path + "/delete", ana).andExpect(status().is3xxRedirection());
		get(path, ana).andExpect(status().isNotFound());
	}

	@Test
	void aFakePdfAnEmptyFileAndAZipBombAreRefusedNextToTheFileField() throws Exception {
		TestPrincipal ana = member("Ana");
		Practice draft = this.practices.draft(ana, "Welcome desk");
		assertThat(refused(draft, ana, "invoice.pdf", SampleFiles.exe())).contains("recognised by their content");
		assertThat(refused(draft, ana, "empty.pdf", new byte[0])).contains("This file is empty.");
		assertThat(refused(draft, ana, "report.docx", SampleFiles.docxBomb())).contains("recognised by their content");
		assertThat(this.jdbc.queryForObject("select count(*) from practice_file", Integer.class)).isZero();
	}

	@Test
	void aPublishedPracticesFilesAreForEveryone() throws Exception {
		TestPrincipal ana = member("Ana");
		Practice draft = this.practices.draft(ana, "Welcome desk");
		upload(draft, ana, "photo.png", SampleFiles.png()).andExpect(status().is3xxRedirection());
		String fileId = this.jdbc.queryForObject("select id from practice_file where practice_id = ?", String.class,
				draft.id());
		this.jdbc.update("update practice set state = 'PUBLISHED' where id = ?", draft.id());
		get("/practices/" + draft.id() + "/files/" + fileId, null).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "public, max-age=86400"));
	}

	private String refused(Practice practice, TestPrincipal who, String name, byte[] content) throws Exception {
		return upload(practice, who, name, content).andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions upload(Practice practice, TestPrincipal who, String name, byte[] content) throws Exception {
		MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders
			.multipart("/practices/" + practice.id() + "/files");
		request.file(new MockMultipartFile("file", name, "application/pdf", content));
		return this.mvc.perform(org.kring.system.FormPosts.tokened(this.mvc, request, who));
	}

}
