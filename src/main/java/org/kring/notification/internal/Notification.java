package org.kring.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One notification as its recipient's list shows it.
 *
 * @param id the notification
 * @param kind what it tells
 * @param communityId the community it is about, or null
 * @param link the local path it leads to
 * @param arguments the values its message is filled with, in order
 * @param createdAt when it was made
 * @param readAt when its recipient read it, or null while unread
 */
public record Notification(UUID id, NotificationKind kind, @Nullable UUID communityId, String link,
		List<String> arguments, Instant createdAt, @Nullable Instant readAt) {

	public Notification {
		arguments = List.copyOf(arguments);
	}

	public boolean unread() {
		return this.readAt == null;
	}

}
