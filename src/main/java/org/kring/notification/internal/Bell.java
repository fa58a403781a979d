package org.kring.notification.internal;

import java.util.UUID;

import org.kring.system.web.UnreadNotifications;

import org.springframework.stereotype.Component;

/**
 * The count of the bell in every page's header: one query, outside any transaction.
 */
@Component
class Bell implements UnreadNotifications {

	private final NotificationStore store;

	Bell(NotificationStore store) {
		this.store = store;
	}

	@Override
	public long of(UUID personId) {
		return this.store.unread(personId);
	}

}
