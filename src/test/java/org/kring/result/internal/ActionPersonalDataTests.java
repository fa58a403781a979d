package org.kring.result.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.result.ResultTestSupport;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * A person's actions and progress updates in their export; erasure takes them off their
 * actions, which then need an owner when nobody else owns them, and keeps what they
 * reported.
 */
class ActionPersonalDataTests extends ResultTestSupport {

	@Autowired
	ActionPersonalData data;

	@Test
	void exportsOwnedActionsAndUpdatesAndErasureLeavesActionsNeedingAnOwner() {
		TestPrincipal farida = member("Farida");
		TestPrincipal anna = member("Anna");
		TestPrincipal bert = member("Bert");
		UUID community = community("MEMBERS_ONLY", farida, anna, bert);
		Action alone = this.results.action(community, farida, "Map the rent offices", LocalDate.now().plusMonths(1),
				anna);
		Action shared = this.results.action(community, farida, "Print the leaflet", null, anna, bert);
		this.jdbc.update(
				"insert into result_action_update (id, action_id, written_by, written_at, update_on, text,"
						+ " percentage) values (?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), alone.id(), anna.id(), Timestamp.from(Instant.now()), Date.valueOf(LocalDate.now()),
				"Two offices visited.", 30);

		Map<String, Object> exported = this.data.export(anna.id());
		assertThat((List<?>) exported.get("owned")).hasSize(2);
		assertThat((List<?>) exported.get("updates")).singleElement()
			.asInstanceOf(MAP)
			.containsEntry("text", "Two offices visited.")
			.containsEntry("percentage", 30)
			.containsEntry("action", "Map the rent offices");
		assertThat(this.data.export(bert.id())).containsOnlyKeys("owned");

		this.data.erase(anna.id());

		assertThat(this.data.export(anna.id())).containsOnlyKeys("updates");
		assertThat(this.actions.findById(alone.id()).orElseThrow().needsOwner()).isTrue();
		Action stillOwned = this.actions.findById(shared.id()).orElseThrow();
		assertThat(stillOwned.needsOwner()).isFalse();
		assertThat(this.jdbc.queryForList("select person_id from result_action_owner where action_id = ?", UUID.class,
				shared.id()))
			.containsExactly(bert.id());
		assertThat(this.jdbc.queryForObject("select count(*) from result_action_update where action_id = ?",
				Integer.class, alone.id()))
			.isOne();
	}

}
