package org.kring.library;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.kring.library.internal.Library;
import org.kring.library.internal.Publication;
import org.kring.library.internal.PublicationDraft;
import org.kring.library.internal.SamplePdf;
import org.kring.meeting.MeetingTestSupport;
import org.kring.system.TestPrincipal;
import org.kring.system.files.Upload;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The whole application against the test database, for the library's page, flow and
 * authorization tests: publications added through {@link #publication}, all deleted after
 * each test with the people and communities of the fixtures.
 */
public abstract class LibraryTestSupport extends MeetingTestSupport {

	@Autowired
	protected Library library;

	private final List<UUID> added = new ArrayList<>();

	@AfterEach
	void deletePublications() {
		this.added.forEach((id) -> this.jdbc.update("delete from library_publication where id = ?", id));
		this.jdbc.update("delete from library_publication where title like 'Test %'");
		this.added.clear();
	}

	/** A report in English with one PDF, public unless a community is given. */
	protected Publication publication(String title, TestPrincipal by, @Nullable UUID community) {
		PublicationDraft draft = PublicationDraft.of("REPORT", "en", title, "About " + title, "A. Author", List.of(),
				community, null, "2025", "CC BY 4.0");
		byte[] pdf = SamplePdf.of("Text of " + title);
		Publication publication = this.library.add(draft,
				List.of(new Upload("report.pdf", pdf.length, () -> new java.io.ByteArrayInputStream(pdf))), by.id());
		this.added.add(publication.id());
		return publication;
	}

	/** Remembers a publication a test added through the pages, to delete it after. */
	protected void added(UUID publicationId) {
		this.added.add(publicationId);
	}

	protected static MockMultipartFile pdf(String name, String text) {
		return new MockMultipartFile("files", name, "application/pdf", SamplePdf.of(text));
	}

	/** Posts a form with files, as a browser does. */
	protected ResultActions upload(String path, @Nullable TestPrincipal who, List<MockMultipartFile> files,
			String... params) throws Exception {
		MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(path);
		files.forEach(request::file);
		return this.mvc.perform(org.kring.system.FormPosts.tokened(this.mvc, request, who, params));
	}

}
