package org.kring.expertise;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's request list and the open requests on their profile issue as many SQL
 * statements with 10 requests each way as with 1,000.
 */
class ExpertRequestsQueryCountTests extends ExpertRequestTestSupport {

	@Autowired
	ExpertRequests requests;

	private final List<UUID> askers = new ArrayList<>();

	@AfterEach
	void deleteRequests() {
		for (UUID asker : this.askers) {
			this.jdbc.update("delete from expertise_request where asked_by = ?", asker);
		}
	}

	@Test
	void theListIssuesAsManyStatementsForTenAsForAThousandRequests() throws Exception {
		TestPrincipal expert = expert("Hanne", "EVERYONE", null);
		TestPrincipal coordinator = coordinator("Jonas");
		insert(expert, coordinator, 0, 10);
		int[] few = counts(expert, coordinator);
		insert(expert, coordinator, 10, 1000);
		int[] many = counts(expert, coordinator);
		assertThat(many).as("expert's list, asker's list, open requests").containsExactly(few);
		assertThat(this.requests.openFor(expert.id())).hasSize(ExpertRequests.OPEN_LIMIT);
	}

	private int[] counts(TestPrincipal expert, TestPrincipal coordinator) throws Exception {
		return new int[] { count(expert), count(coordinator),
				SqlStatements.count(() -> this.requests.openFor(expert.id())).count() };
	}

	private int count(TestPrincipal who) throws Exception {
		return SqlStatements
			.count(() -> this.mvc.perform(as(MockMvcRequestBuilders.get("/experts/requests"), who))
				.andExpect(status().isOk()))
			.count();
	}

	/**
	 * Requests from many askers to the expert (some answered, some overdue), and requests
	 * the coordinator asked of two experts each.
	 */
	private void insert(TestPrincipal expert, TestPrincipal coordinator, int from, int to) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> requests = new ArrayList<>();
		List<Object[]> replies = new ArrayList<>();
		for (int i = from; i < to; i++) {
			UUID asker = UUID.randomUUID();
			this.askers.add(asker);
			UUID toExpert = UUID.randomUUID();
			requests.add(new Object[] { toExpert, "Request " + i, asker,
					Date.valueOf(LocalDate.now().plusDays((i % 5) - 2)), (i % 7 == 0) ? "CLOSED" : "OPEN", now });
			replies.add(new Object[] { toExpert, expert.id(), (i % 3 == 0) ? "ANSWERED" : "ASKED" });
			UUID byCoordinator = UUID.randomUUID();
			requests.add(new Object[] { byCoordinator, "Asked " + i, coordinator.id(),
					Date.valueOf(LocalDate.now().plusDays(3)), "OPEN", now });
			replies.add(new Object[] { byCoordinator, UUID.randomUUID(), "DECLINED" });
			replies.add(new Object[] { byCoordinator, UUID.randomUUID(), "ASKED" });
		}
		this.askers.add(coordinator.id());
		this.jdbc.batchUpdate("insert into expertise_request (id, kind, title, question, asked_by, due_on, state,"
				+ " created_at) values (?, 'REVIEW', ?, 'What do you think?', ?, ?, ?, ?)", requests);
		this.jdbc.batchUpdate("insert into expertise_request_expert (request_id, expert_id, state) values (?, ?, ?)",
				replies);
	}

}
