package org.kring.result.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.meeting.MeetingTitles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year review of a community's action agenda, read in a fixed number of queries
 * however many actions and updates it has. Whoever calls it checks first that the reader
 * may read the community ({@link ResultAccess#canRead}).
 */
@Service
public class YearReviews {

	private static final String OF_AGENDA = "select id from result_action where community_id = :community and agenda_year = :year";

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final MeetingTitles meetings;

	YearReviews(JdbcClient jdbc, AccountManagement accounts, MeetingTitles meetings) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.meetings = meetings;
	}

	/**
	 * The review of a community's agenda of a year.
	 * @param communityId the community
	 * @param year the agenda's year
	 * @param today the day the review is read, for what is overdue
	 * @return the review, with no actions when the agenda is empty
	 */
	@Transactional(readOnly = true)
	public YearReview review(UUID communityId, int year, LocalDate today) {
		List<Row> rows = this.jdbc.sql("""
				select id, title, description, status, drop_reason, needs_owner, due_on, progress, meeting_id, theme
				from result_action where community_id = :community and agenda_year = :year
				order by created_at, id""")
			.param("community", communityId)
			.param("year", year)
			.query((row, number) -> row(row))
			.list();
		if (rows.isEmpty()) {
			return new YearReview(year, List.of(), YearReview.Counts.of(List.of()));
		}
		Map<UUID, List<UUID>> owners = new HashMap<>();
		this.jdbc.sql("select action_id, person_id from result_action_owner where action_id in (" + OF_AGENDA + ")")
			.param("community", communityId)
			.param("year", year)
			.query((row, number) -> Map.entry(row.getObject("action_id", UUID.class),
					row.getObject("person_id", UUID.class)))
			.list()
			.forEach((owner) -> owners.computeIfAbsent(owner.getKey(), (action) -> new ArrayList<>())
				.add(owner.getValue()));
		Map<UUID, List<YearReview.Update>> updates = new HashMap<>();
		this.jdbc
			.sql("select action_id, update_on, text, percentage from result_action_update where action_id in ("
					+ OF_AGENDA + ") order by update_on, written_at, id")
			.param("community", communityId)
			.param("year", year)
			.query((row, number) -> Map.entry(row.getObject("action_id", UUID.class),
					new YearReview.Update(row.getObject("update_on", LocalDate.class), row.getString("text"),
							row.getInt("percentage"))))
			.list()
			.forEach((update) -> updates.computeIfAbsent(update.getKey(), (action) -> new ArrayList<>())
				.add(update.getValue()));
		Set<UUID> people = new HashSet<>();
		owners.values().forEach(people::addAll);
		Map<UUID, String> names = people.isEmpty() ? Map.of() : this.accounts.displayNamesOf(people);
		Set<UUID> meetingIds = new HashSet<>();
		rows.stream().map(Row::meetingId).filter(java.util.Objects::nonNull).forEach(meetingIds::add);
		Map<UUID, MeetingTitles.Titled> titles = this.meetings.of(meetingIds);
		List<YearReview.Reviewed> actions = rows.stream()
			.map((row) -> new YearReview.Reviewed(row.id(), row.title(), row.description(), row.status(),
					row.status().open() && row.dueOn() != null && row.dueOn().isBefore(today), row.dropReason(),
					owners.getOrDefault(row.id(), List.of()).stream().map(names::get).sorted().toList(),
					row.needsOwner(), row.dueOn(), row.progress(),
					(row.meetingId() != null) ? titles.get(row.meetingId()) : null, row.theme(),
					updates.getOrDefault(row.id(), List.of())))
			.toList();
		return new YearReview(year, actions, YearReview.Counts.of(actions));
	}

	private static Row row(ResultSet row) throws SQLException {
		return new Row(row.getObject("id", UUID.class), row.getString("title"), row.getString("description"),
				ActionStatus.valueOf(row.getString("status")), row.getString("drop_reason"),
				row.getBoolean("needs_owner"), row.getObject("due_on", LocalDate.class), row.getInt("progress"),
				row.getObject("meeting_id", UUID.class), row.getString("theme"));
	}

	private record Row(UUID id, String title, @Nullable String description, ActionStatus status,
			@Nullable String dropReason, boolean needsOwner, @Nullable LocalDate dueOn, int progress,
			@Nullable UUID meetingId, @Nullable String theme) {
	}

}
