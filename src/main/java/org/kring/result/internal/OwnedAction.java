package org.kring.result.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An open action as a mail to its owners tells of it.
 *
 * @param id the action
 * @param communityId its community
 * @param title what is to be done
 * @param dueOn by when, or null
 * @param status planned or in progress
 * @param progress how far along it is, in percent
 */
record OwnedAction(UUID id, UUID communityId, String title, @Nullable LocalDate dueOn, ActionStatus status,
		int progress) {

	boolean overdueOn(LocalDate today) {
		return this.dueOn != null && this.dueOn.isBefore(today);
	}

	String path() {
		return "/actions/" + this.id;
	}

}
