package org.kring.meeting.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingTestSupport;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's themes and supports in their download, and their supports gone, with exact
 * counts, when they are erased.
 */
class ThemePersonalDataTests extends MeetingTestSupport {

	@Autowired
	ThemeAgenda agenda;

	@Autowired
	Themes themes;

	@Autowired
	ThemePersonalData data;

	@Test
	void exportsProposedAndSupportedThemesAndErasureWithdrawsTheSupports() {
		TestPrincipal farida = member("Farida");
		TestPrincipal mila = member("Mila");
		UUID community = community("MEMBERS_ONLY", farida, mila);
		Theme own = this.agenda.propose(mila, community,
				ThemeProposal.of("Rent allowances", "Landlords refuse them", "https://example.org/practice"));
		Theme other = this.agenda.propose(farida, community, ThemeProposal.of("Interpreters", null, null));
		this.agenda.support(mila, community, other.id());

		Map<String, Object> exported = this.data.export(mila.id());
		assertThat((List<?>) exported.get("proposed")).singleElement()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("title", "Rent allowances")
			.containsEntry("reason", "Landlords refuse them")
			.containsEntry("link", "https://example.org/practice");
		assertThat((List<?>) exported.get("supported")).hasSize(2);
		assertThat(this.data.export(UUID.randomUUID())).isEmpty();

		this.data.erase(mila.id());

		assertThat(this.data.export(mila.id())).containsOnlyKeys("proposed");
		assertThat(this.themes.findById(own.id()).orElseThrow().supportCount()).isZero();
		assertThat(this.themes.findById(other.id()).orElseThrow().supportCount()).isEqualTo(1);
		assertThat(this.themes.findById(own.id()).orElseThrow().title()).isEqualTo("Rent allowances");
	}

}
