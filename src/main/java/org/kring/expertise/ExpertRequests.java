package org.kring.expertise;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.expertise.internal.AnswerState;
import org.kring.expertise.internal.ExpertRequestQueries;
import org.kring.expertise.internal.RequestRows;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expert participation requests, for other modules and pages: what a person is still
 * asked for. Never returns null.
 */
@Service
public class ExpertRequests {

	/** The most open requests {@link #openFor(UUID)} lists. */
	public static final int OPEN_LIMIT = 50;

	private final ExpertRequestQueries queries;

	private final AccountManagement accounts;

	ExpertRequests(ExpertRequestQueries queries, AccountManagement accounts) {
		this.queries = queries;
		this.accounts = accounts;
	}

	/**
	 * The open requests waiting for a person's reply or answer, due soonest first, in a
	 * fixed number of queries.
	 * @param personId the expert
	 * @return at most {@value #OPEN_LIMIT} requests; empty when none waits
	 */
	@Transactional(readOnly = true)
	public List<OpenRequest> openFor(UUID personId) {
		List<RequestRows.AskedOfMe> open = this.queries.openFor(personId, OPEN_LIMIT);
		if (open.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> names = this.accounts
			.displayNamesOf(open.stream().map(RequestRows.AskedOfMe::askedBy).distinct().toList());
		LocalDate today = this.queries.today();
		return open.stream()
			.map((row) -> new OpenRequest(row.id(), row.title(), row.kind().messageKey(), names.get(row.askedBy()),
					row.dueOn(), today.isAfter(row.dueOn()), row.mine() == AnswerState.ACCEPTED))
			.toList();
	}

}
