package org.kring.result.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the mails to action owners read and claim, straight from the action tables: who
 * owns which open actions, which due dates are near, and the claims that keep each mail
 * from going twice.
 */
@Component
class OwnerMailQueries {

	private static final String OPEN_ACTIONS = """
			select o.person_id, a.id, a.community_id, a.title, a.due_on, a.status, a.progress
			from result_action a join result_action_owner o on o.action_id = a.id
			where a.status in ('PLANNED', 'IN_PROGRESS')
			""";

	private final JdbcClient jdbc;

	OwnerMailQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The open actions of every person who owns one, soonest due first.
	 * @return each owner's open actions, by person
	 */
	Map<UUID, List<OwnedAction>> openActionsByOwner() {
		Map<UUID, List<OwnedAction>> owned = new LinkedHashMap<>();
		this.jdbc.sql(OPEN_ACTIONS + " order by a.due_on nulls last, a.title, a.id")
			.query((row, number) -> Map.entry(row.getObject("person_id", UUID.class), action(row)))
			.list()
			.forEach((entry) -> owned.computeIfAbsent(entry.getKey(), (person) -> new ArrayList<>())
				.add(entry.getValue()));
		return owned;
	}

	/**
	 * The people whose monthly mail of a month went already.
	 * @param month the month's first day
	 * @return their ids
	 */
	Set<UUID> mailedIn(LocalDate month) {
		return new HashSet<>(this.jdbc.sql("select person_id from result_owner_mail where mail_month = ?")
			.param(month)
			.query(UUID.class)
			.list());
	}

	/**
	 * Claims a person's monthly mail; a second claim of the same month fails on the
	 * primary key, also when two runs claim at once.
	 * @param personId the owner
	 * @param month the month's first day
	 * @param now the time
	 * @throws org.springframework.dao.DuplicateKeyException when it was claimed already
	 */
	void claimMonth(UUID personId, LocalDate month, Instant now) {
		this.jdbc.sql("insert into result_owner_mail (person_id, mail_month, sent_at) values (?, ?, ?)")
			.params(personId, month, Timestamp.from(now))
			.update();
	}

	/**
	 * The open actions due within a window whose owners were not reminded yet, with their
	 * owners.
	 * @param from the first day of the window
	 * @param until its last day
	 * @return each action with its owners
	 */
	Map<OwnedAction, List<UUID>> dueUnreminded(LocalDate from, LocalDate until) {
		Map<OwnedAction, List<UUID>> due = new LinkedHashMap<>();
		this.jdbc
			.sql(OPEN_ACTIONS + " and a.due_on between ? and ? and a.due_reminded_on is null order by a.due_on, a.id")
			.params(from, until)
			.query((row, number) -> Map.entry(action(row), row.getObject("person_id", UUID.class)))
			.list()
			.forEach((entry) -> due.computeIfAbsent(entry.getKey(), (action) -> new ArrayList<>())
				.add(entry.getValue()));
		return due;
	}

	/**
	 * Claims an action's due-date reminder: only the first claim changes the row.
	 * @param actionId the action
	 * @param today the day of the reminder
	 * @return 1 when this claim won, 0 when it was claimed already
	 */
	int claimDueReminder(UUID actionId, LocalDate today) {
		return this.jdbc.sql("update result_action set due_reminded_on = ? where id = ? and due_reminded_on is null")
			.params(today, actionId)
			.update();
	}

	private static OwnedAction action(ResultSet row) throws SQLException {
		return new OwnedAction(row.getObject("id", UUID.class), row.getObject("community_id", UUID.class),
				row.getString("title"), row.getObject("due_on", LocalDate.class),
				ActionStatus.valueOf(row.getString("status")), row.getInt("progress"));
	}

}
