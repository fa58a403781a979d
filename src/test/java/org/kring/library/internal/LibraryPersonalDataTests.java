package org.kring.library.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kring.library.LibraryTestSupport;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's library data: what they added and asked for in their download; on erasure
 * their publications stay under no one's name and their requests go.
 */
class LibraryPersonalDataTests extends LibraryTestSupport {

	@Autowired
	private LibraryPersonalData personalData;

	@Autowired
	private TranslationRequests requests;

	@Test
	void theExportHoldsWhatTheyAddedAndAskedAndErasureAnonymisesAndDeletesRequests() {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		TestPrincipal reader = member("Rea Der");
		Publication report = publication("Test Personal", coordinator, null);
		this.requests.request(report, "ar", reader.id());
		Map<String, Object> added = this.personalData.export(coordinator.id());
		assertThat(added).containsKeys("publications", "versions", "files");
		assertThat(added.get("publications").toString()).contains("Test Personal");
		assertThat(this.personalData.export(reader.id())).containsOnlyKeys("translationRequests");

		this.personalData.erase(coordinator.id());
		this.personalData.erase(reader.id());
		assertThat(this.personalData.export(coordinator.id())).isEmpty();
		assertThat(this.personalData.export(reader.id())).isEmpty();
		assertThat(this.library.find(report.id())).get()
			.satisfies((kept) -> assertThat(kept.createdBy()).isEqualTo(LibraryPersonalData.NOBODY));
	}

}
