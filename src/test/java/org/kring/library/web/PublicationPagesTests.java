package org.kring.library.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.account.InstanceRole;
import org.kring.browser.TestMail;
import org.kring.library.LibraryTestSupport;
import org.kring.library.internal.LibraryFiles;
import org.kring.library.internal.Publication;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The library's list and pages: who reads what (a members-only community's publications
 * stay with those who read it), who adds and edits (coordinators and administrators),
 * crossed edits, deletion once confirmed, translation requests with their mail, and as
 * many SQL statements for many publications as for few.
 */
class PublicationPagesTests extends LibraryTestSupport {

	@Autowired
	private LibraryFiles files;

	@Test
	void aPublicPublicationIsListedAndShownToAVisitorWithItsFile() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		Publication report = publication("Test Welcome report", coordinator, null);
		get("/publications", null).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Test Welcome report")));
		String page = get("/publications/" + report.id(), null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Test Welcome report").contains("report.pdf").doesNotContain("For coordinators");
		String fileId = this.jdbc.queryForObject("select f.id from library_file f join library_version v"
				+ " on v.id = f.version_id where v.publication_id = ?", String.class, report.id());
		get("/publications/" + report.id() + "/files/" + fileId, null).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
	}

	@Test
	void aMembersOnlyCommunitysPublicationIsHiddenFromVisitorsAndNonMembers() throws Exception {
		TestPrincipal facilitator = member("Fay Cilitator");
		TestPrincipal member = member("Mem Ber");
		TestPrincipal outsider = member("Out Sider");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		Publication internal = publication("Test Internal notes", coordinator("Cora Ordinator"), community);
		String path = "/publications/" + internal.id();
		get(path, null).andExpect(status().isNotFound());
		get(path, outsider).andExpect(status().isNotFound());
		get(path, member).andExpect(status().isOk());
		get(path, administrator("Ad Min")).andExpect(status().isOk());
		assertThat(get("/publications", outsider).andReturn().getResponse().getContentAsString())
			.doesNotContain("Test Internal notes");
		assertThat(get("/publications", member).andReturn().getResponse().getContentAsString())
			.contains("Test Internal notes");
	}

	@Test
	void onlyCoordinatorsAndAdministratorsAddAndEditPublications() throws Exception {
		TestPrincipal member = member("Mem Ber");
		Publication report = publication("Test Guide", coordinator("Cora Ordinator"), null);
		get("/publications/new", null).andExpect(status().is3xxRedirection());
		get("/publications/new", member).andExpect(status().isForbidden());
		get("/publications/" + report.id() + "/edit", member).andExpect(status().isForbidden());
		post("/publications/" + report.id() + "/edit", member, "title", "Taken").andExpect(status().isForbidden());
		get("/publications/new", coordinator("Co Two")).andExpect(status().isOk());
		get("/publications/" + report.id() + "/edit", administrator("Ad Min")).andExpect(status().isOk());
		get("/publications/" + UUID.randomUUID() + "/edit", administrator("Ad Two")).andExpect(status().isNotFound());
	}

	@Test
	void aCoordinatorAddsAPublicationWithAPdfAndItsTextIsKeptForSearch() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		String location = upload("/publications/new", coordinator, List.of(pdf("guide.pdf", "Housing first guidance")),
				"kind", "GUIDELINE", "language", "en", "title", "Test Housing guideline", "year", "2024")
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/publications/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		added(id);
		Publication stored = this.library.find(id).orElseThrow();
		assertThat(stored.kind().name()).isEqualTo("GUIDELINE");
		assertThat(stored.searchBody()).contains("Housing first guidance");
	}

	@Test
	void badInputShowsTheFormAgainWith422KeepingWhatWasTyped() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		String page = upload("/publications/new", coordinator, List.of(), "kind", "REPORT", "language", "en", "title",
				"Test Kept title", "year", "twenty")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Test Kept title").contains("Give a year between 1900 and 2200");
	}

	@Test
	void anEditThatCrossedAnotherIsShownAgainWith409AndTheTextKept() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		Publication report = publication("Test Crossed", coordinator, null);
		String path = "/publications/" + report.id() + "/edit";
		post(path, coordinator, "kind", "REPORT", "language", "en", "title", "Test First edit", "version",
				Long.toString(report.version()))
			.andExpect(status().is3xxRedirection());
		String page = post(path, coordinator, "kind", "REPORT", "language", "en", "title", "Test Second edit",
				"version", Long.toString(report.version()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Test Second edit").contains("Someone else changed this publication");
	}

	@Test
	void aCoordinatorDeletesAPublicationWithItsFilesOnlyOnceTheyTickedThatTheyMeanIt() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		Publication report = publication("Test To delete", coordinator, null);
		UUID fileId = this.jdbc.queryForObject("select f.id from library_file f join library_version v"
				+ " on v.id = f.version_id where v.publication_id = ?", UUID.class, report.id());
		Path stored = this.files.pathOf(fileId);
		String path = "/publications/" + report.id() + "/delete";
		post(path, member("Mem Ber"), "confirm", "yes").andExpect(status().isForbidden());
		post(path, null, "confirm", "yes").andExpect(status().is3xxRedirection());
		String page = post(path, coordinator).andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tick the box to confirm").contains("Test To delete");
		assertThat(this.library.find(report.id())).isPresent();
		assertThat(stored).exists();
		post(path, coordinator, "confirm", "yes").andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/publications"));
		assertThat(this.library.find(report.id())).isEmpty();
		assertThat(stored).doesNotExist();
		get("/publications/" + report.id(), coordinator).andExpect(status().isNotFound());
	}

	@Test
	void aVisitorsTranslationRequestIsCountedOncePerSessionAndTellsTheCoordinators() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		TestPrincipal french = this.fixtures.person("Co French", InstanceRole.COORDINATOR, Locale.FRENCH);
		Publication report = publication("Test Requested", coordinator, null);
		String path = "/publications/" + report.id();
		String page = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
				.header("Accept-Language", "ar"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("طلب ترجمة إلى");
		TestPrincipal reader = member("Rea Der");
		post(path + "/translation-requests", reader, "language", "ar").andExpect(status().is3xxRedirection());
		post(path + "/translation-requests", reader, "language", "ar").andExpect(status().is3xxRedirection());
		post(path + "/translation-requests", null, "language", "ar").andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from library_translation_request where publication_id = ? and language = 'ar'",
				Integer.class, report.id()))
			.isEqualTo(2);
		assertThat(TestMail.newestTo(this.fixtures.emailOf(coordinator)).subject()).contains("Arabic");
		assertThat(TestMail.newestTo(this.fixtures.emailOf(french)).subject()).contains("en arabe");
		assertThat(TestMail.countTo(this.fixtures.emailOf(reader))).isZero();
		assertThat(get(path, coordinator).andReturn().getResponse().getContentAsString())
			.contains("Arabic: 2 requests");
	}

	@Test
	void theListReadsAsManyStatementsForTwentyPublicationsAsForTwo() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		for (int i = 0; i < 2; i++) {
			publication("Test Few " + i, coordinator, null);
		}
		SqlStatements.Recorded few = SqlStatements
			.count(() -> get("/publications", coordinator).andExpect(status().isOk()));
		for (int i = 0; i < 20; i++) {
			publication("Test Many " + i, coordinator, null);
		}
		SqlStatements.Recorded many = SqlStatements
			.count(() -> get("/publications", coordinator).andExpect(status().isOk()));
		assertThat(many.count()).as(many::describe).isEqualTo(few.count());
	}

	@Test
	void aPublicationsPageReadsAsManyStatementsWithManyVersionsAsWithOne() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		Publication report = publication("Test Versions", coordinator, null);
		String path = "/publications/" + report.id();
		SqlStatements.Recorded one = SqlStatements.count(() -> get(path, coordinator).andExpect(status().isOk()));
		for (int i = 0; i < 4; i++) {
			this.library.addVersion(this.library.find(report.id()).orElseThrow(), "Change " + i,
					List.of(new org.kring.system.files.Upload("v.pdf", 10,
							() -> new java.io.ByteArrayInputStream(org.kring.library.internal.SamplePdf.of("v")))),
					coordinator.id());
		}
		SqlStatements.Recorded many = SqlStatements.count(() -> get(path, coordinator).andExpect(status().isOk()));
		assertThat(many.count()).as(many::describe).isEqualTo(one.count());
	}

}
