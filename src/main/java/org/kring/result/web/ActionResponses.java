package org.kring.result.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.meeting.MeetingTitles;
import org.kring.result.internal.Action;
import org.kring.result.internal.ActionAccessDenied;
import org.kring.result.internal.ActionRefused;
import org.kring.system.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the action pages share: reading an action's id from its address, answering the
 * agenda's refusals, and the names and meetings an action shows, each in one query.
 */
@Component
class ActionResponses {

	private final AccountManagement accounts;

	private final MeetingTitles meetings;

	ActionResponses(AccountManagement accounts, MeetingTitles meetings) {
		this.accounts = accounts;
		this.meetings = meetings;
	}

	/**
	 * The names of these people and the meetings of these actions.
	 * @param people the owners and writers to name
	 * @param actions the actions whose meetings to show
	 * @param today the day
	 * @return the view
	 */
	ActionView view(Set<UUID> people, Iterable<Action> actions, LocalDate today) {
		Set<UUID> meetingIds = new HashSet<>();
		actions.forEach((action) -> {
			if (action.origin().meetingId() != null) {
				meetingIds.add(action.origin().meetingId());
			}
		});
		return new ActionView(people.isEmpty() ? Map.of() : this.accounts.displayNamesOf(people),
				this.meetings.of(meetingIds), today);
	}

	static UUID id(@Nullable String id) {
		return parse(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static Optional<UUID> parse(@Nullable String id) {
		try {
			return (id == null || id.isBlank()) ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static ResponseStatusException status(ActionAccessDenied denied) {
		return new ResponseStatusException(denied.hidden() ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN);
	}

	static FormErrors errors(ActionRefused refused) {
		MapBindingResult result = new MapBindingResult(new HashMap<>(), "form");
		refused.problems()
			.forEach((field, key) -> result
				.addError(new FieldError("form", field, null, false, new String[] { key }, null, key)));
		return FormErrors.of(result);
	}

}
