package org.kring.library.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.library.LibraryTestSupport;
import org.kring.library.internal.Curricula;
import org.kring.library.internal.CurriculumModule;
import org.kring.library.internal.PublicationDraft;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A curriculum's modules and assignments: coordinators add, reorder and remove them in
 * one form, members may not, and the page shows them in order.
 */
class CurriculumPageTests extends LibraryTestSupport {

	@Autowired
	private Curricula curricula;

	@Test
	void aCoordinatorAddsReordersAndRemovesModulesAndThePageShowsThem() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		UUID id = this.library
			.add(PublicationDraft.of("TRAINING_CURRICULUM", "en", "Test Curriculum", null, null, List.of(), null, null,
					null, null), List.of(), coordinator.id())
			.id();
		added(id);
		String path = "/publications/" + id + "/curriculum";
		get(path, member("Mem Ber")).andExpect(status().isForbidden());
		get(path, coordinator).andExpect(status().isOk());
		post(path, coordinator, "module-0-title", "First", "module-0-position", "2", "module-0-target", "COUNSELLORS",
				"module-0-duration", "90", "module-0-assignment-0-title", "Try it",
				"module-0-assignment-0-instructions", "At work", "module-1-title", "Second", "module-1-position", "1",
				"module-2-title", "")
			.andExpect(status().is3xxRedirection());
		List<CurriculumModule> modules = this.curricula.modules(id);
		assertThat(modules).extracting(CurriculumModule::title).containsExactly("Second", "First");
		assertThat(modules.get(1).assignments()).extracting(CurriculumModule.Assignment::title)
			.containsExactly("Try it");
		post(path, coordinator, "module-0-title", "Second", "module-0-duration", "soon", "module-1-title", "")
			.andExpect(status().isUnprocessableContent());
		post(path, coordinator, "module-0-title", "Second", "module-1-title", "")
			.andExpect(status().is3xxRedirection());
		assertThat(this.curricula.modules(id)).extracting(CurriculumModule::title).containsExactly("Second");
		assertThat(get("/publications/" + id, null).andReturn().getResponse().getContentAsString()).contains("Second");
	}

}
