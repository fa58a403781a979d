package org.kring.result;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An open action of a community's agenda is due within a week, and its owners are
 * reminded; published once per reminder, when the reminder is claimed.
 *
 * @param actionId the action
 * @param communityId the community whose agenda it is on
 * @param title the action's title
 * @param dueOn the day it is due
 * @param remindedOn the day of the reminder
 * @param ownerIds its owners, by person id
 */
public record ActionDue(UUID actionId, UUID communityId, String title, LocalDate dueOn, LocalDate remindedOn,
		List<UUID> ownerIds) {
	public ActionDue {
		ownerIds = List.copyOf(ownerIds);
	}
}
