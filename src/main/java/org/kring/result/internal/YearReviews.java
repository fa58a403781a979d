package org.kring.result.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.meeting.MeetingTitles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year review of a community's action agenda, read through the agenda's own queries
 * ({@link ActionQueries}) in a fixed number of queries however many actions and updates
 * it has. Whoever calls it checks first that the reader may read the community
 * ({@link ResultAccess#canRead}).
 */
@Service
public class YearReviews {

	private final ActionQueries queries;

	private final AccountManagement accounts;

	private final MeetingTitles meetings;

	YearReviews(ActionQueries queries, AccountManagement accounts, MeetingTitles meetings) {
		this.queries = queries;
		this.accounts = accounts;
		this.meetings = meetings;
	}

	/**
	 * The review of a community's agenda of a year.
	 * @param communityId the community
	 * @param year the agenda's year
	 * @param today the day the review is read, for what is overdue
	 * @return the review, with no actions when the agenda is empty, in the order the
	 * actions were put on the agenda
	 */
	@Transactional(readOnly = true)
	public YearReview review(UUID communityId, int year, LocalDate today) {
		List<Action> agenda = this.queries.agenda(communityId, year)
			.stream()
			.sorted(Comparator.comparing(Action::createdAt).thenComparing(Action::id))
			.toList();
		if (agenda.isEmpty()) {
			return new YearReview(year, List.of(), YearReview.Counts.of(List.of()));
		}
		Map<UUID, List<ActionUpdate>> updates = this.queries.updates(agenda.stream().map(Action::id).toList());
		Set<UUID> people = new HashSet<>();
		agenda.forEach((action) -> people.addAll(action.owners()));
		Map<UUID, String> names = people.isEmpty() ? Map.of() : this.accounts.displayNamesOf(people);
		Map<UUID, MeetingTitles.Titled> titles = this.meetings
			.of(agenda.stream().map((action) -> action.origin().meetingId()).filter(Objects::nonNull).toList());
		List<YearReview.Reviewed> actions = agenda.stream()
			.map((action) -> new YearReview.Reviewed(action.id(), action.title(), action.description(), action.status(),
					action.overdueOn(today), action.dropReason(),
					action.owners().stream().map(names::get).sorted().toList(), action.needsOwner(), action.dueOn(),
					action.progress(),
					(action.origin().meetingId() != null) ? titles.get(action.origin().meetingId()) : null,
					action.origin().theme(), oldestFirst(updates.getOrDefault(action.id(), List.of()))))
			.toList();
		return new YearReview(year, actions, YearReview.Counts.of(actions));
	}

	private static List<YearReview.Update> oldestFirst(List<ActionUpdate> newestFirst) {
		return newestFirst.reversed()
			.stream()
			.map((update) -> new YearReview.Update(update.updateOn(), update.text(), update.percentage()))
			.toList();
	}

}
