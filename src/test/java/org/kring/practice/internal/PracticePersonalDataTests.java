package org.kring.practice.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kring.practice.PracticeTestSupport;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's practices in their export, and what erasure leaves: no drafts, the others
 * kept without a way back to them or their contact.
 */
class PracticePersonalDataTests extends PracticeTestSupport {

	@Autowired
	PracticePersonalData data;

	@Test
	void theExportHoldsThePracticesThePersonSubmitted() {
		TestPrincipal ana = member("Ana");
		this.practices.draft(ana, "Ana draft");
		this.practices.draft(member("Bo"), "Bo draft");
		Map<String, Object> export = this.data.export(ana.id());
		assertThat((List<?>) export.get("submitted")).hasSize(1);
		assertThat(export.toString()).contains("Ana draft").doesNotContain("Bo draft");
	}

	@Test
	void erasureDeletesDraftsAndKeepsHandedInPracticesAnonymouslyWithoutContact() {
		TestPrincipal ana = member("Ana");
		Practice draft = this.practices.draft(ana, "Ana draft");
		Practice published = this.practices.published(ana, "Ana published", coordinator("Cora"));
		Practice other = this.practices.draft(member("Bo"), "Bo draft");
		this.data.erase(ana.id());
		assertThat(this.practiceRepository.findById(draft.id())).isEmpty();
		assertThat(this.practices.reload(published.id()).submittedBy()).isNotEqualTo(ana.id());
		assertThat(contactOf(published)).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from practice_state_change where changed_by = ?",
				Integer.class, ana.id()))
			.isZero();
		assertThat(contactOf(other)).isEqualTo("sam@example.org");
		assertThat(this.data.export(ana.id())).isEmpty();
	}

	private @Nullable String contactOf(Practice practice) {
		return this.jdbc.queryForObject("select contact_email from practice where id = ?", String.class, practice.id());
	}

}
