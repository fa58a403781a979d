package org.kring.practice.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.account.InstanceRole;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The criteria page, for administrators only: the six defaults named in the reader's
 * language, a criterion added, renamed, moved, retired and restored, bad input answered
 * with 422 next to the field.
 */
class CriteriaPageTests extends ReviewTestSupport {

	private static final String PATH = "/admin/practice-criteria";

	@Test
	void onlyAdministratorsSeeTheCriteria() throws Exception {
		get(PATH, null).andExpect(redirectedUrl("/login"));
		get(PATH, member("Mila Member")).andExpect(status().isForbidden());
		get(PATH, coordinator("Cora Coordinator")).andExpect(status().isForbidden());
		post(PATH, coordinator("Cody Coordinator"), "name", "Sneaky").andExpect(status().isForbidden());

		String page = page(PATH, administrator("Ada Admin"));
		assertThat(page).contains("Relevance")
			.contains("Effectiveness")
			.contains("Transferability")
			.contains("Sustainability")
			.contains("Participation of newcomers")
			.contains("Gender sensitivity");
		assertThat(page.indexOf("Relevance")).isLessThan(page.indexOf("Gender sensitivity"));
	}

	@Test
	void theDefaultsAreNamedInTheReadersLanguage() throws Exception {
		TestPrincipal admin = this.fixtures.person("Ada Admin", InstanceRole.ADMINISTRATOR, Locale.FRENCH);

		assertThat(page(PATH, admin)).contains("Transférabilité").contains("Sensibilité au genre");
	}

	@Test
	void anAddedCriterionIsRenamedMovedRetiredAndRestored() throws Exception {
		TestPrincipal admin = administrator("Ada Admin");
		post(PATH, admin, "name", "Cost per person", "description", "What one person costs.")
			.andExpect(redirectedUrl(PATH));
		UUID added = this.jdbc.queryForObject("select id from practice_criterion where name = 'Cost per person'",
				UUID.class);
		assertThat(order()).last().isEqualTo("Cost per person");

		post(PATH + "/" + added + "/edit", admin, "name", "Cost per participant", "description", "")
			.andExpect(redirectedUrl(PATH));
		post(PATH + "/" + added + "/up", admin).andExpect(redirectedUrl(PATH));
		assertThat(order()).endsWith("Cost per participant", "gender");
		post(PATH + "/" + added + "/retire", admin).andExpect(redirectedUrl(PATH));
		assertThat(retired(added)).isTrue();
		post(PATH + "/" + added + "/restore", admin).andExpect(redirectedUrl(PATH));
		assertThat(retired(added)).isFalse();
		String page = page(PATH, admin);
		assertThat(page).contains("Cost per participant").doesNotContain("What one person costs.");
	}

	@Test
	void aMissingOrTooLongNameIsRefusedNextToTheFieldKeepingWhatWasTyped() throws Exception {
		TestPrincipal admin = administrator("Ada Admin");

		String blank = text(post(PATH, admin, "name", " ", "description", "Kept <description>")
			.andExpect(status().isUnprocessableContent()));
		assertThat(blank).contains("id=\"name-error\"")
			.contains("Give the criterion a name.")
			.contains("Kept &lt;description&gt;");
		String longName = text(post(PATH, admin, "name", "n".repeat(121)).andExpect(status().isUnprocessableContent()));
		assertThat(longName).contains("The name may have at most 120 characters.").contains("n".repeat(121));
		assertThat(order()).hasSize(6);
	}

	@Test
	void theDefaultsAreNotRenamedHereAndUnknownCriteriaAreNotFound() throws Exception {
		TestPrincipal admin = administrator("Ada Admin");
		UUID relevance = this.jdbc.queryForObject("select id from practice_criterion where code = 'relevance'",
				UUID.class);

		get(PATH + "/" + relevance + "/edit", admin).andExpect(status().isNotFound());
		get(PATH + "/" + UUID.randomUUID() + "/edit", admin).andExpect(status().isNotFound());
		post(PATH + "/nonsense/retire", admin).andExpect(status().isNotFound());
		post(PATH + "/" + relevance + "/up", admin).andExpect(redirectedUrl(PATH));
		assertThat(order()).first().isEqualTo("relevance");
	}

	private List<String> order() {
		return this.jdbc.queryForList("select coalesce(name, code) from practice_criterion order by position",
				String.class);
	}

	private boolean retired(UUID id) {
		return this.jdbc.queryForObject("select retired from practice_criterion where id = ?", Boolean.class, id);
	}

}
