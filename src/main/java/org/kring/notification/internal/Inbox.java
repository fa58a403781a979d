package org.kring.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own notifications: the unread count, the list newest first by pages, and
 * marking read. Nobody reaches another person's notifications: those look as if they did
 * not exist.
 */
@Service
public class Inbox {

	/** Notifications on one page of the list. */
	public static final int PAGE_SIZE = 20;

	private final NotificationStore store;

	private final Clock clock;

	Inbox(NotificationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * How many of the person's notifications are unread, in one query.
	 * @param personId the person
	 * @return the count, 0 when none
	 */
	@Transactional(readOnly = true)
	public long unread(UUID personId) {
		return this.store.unread(personId);
	}

	/**
	 * One page of the person's notifications, newest first, in two queries.
	 * @param personId the person
	 * @param requested the page asked for, from 1; beyond the last, the last
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page page(UUID personId, int requested) {
		long total = this.store.total(personId);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(Math.max(1, requested), pages);
		return new Page(this.store.newestFirst(personId, (page - 1) * PAGE_SIZE, PAGE_SIZE), page, pages);
	}

	/**
	 * Marks one of the person's notifications read; one read already stays as it was.
	 * @param personId the person
	 * @param notificationId the notification
	 * @return false when the person has no such notification
	 */
	@Transactional
	public boolean markRead(UUID personId, UUID notificationId) {
		return this.store.markRead(personId, notificationId, this.clock.instant());
	}

	/**
	 * Marks one of the person's notifications read and tells where it leads.
	 * @param personId the person
	 * @param notificationId the notification
	 * @return its local path, or empty when the person has no such notification
	 */
	@Transactional
	public Optional<String> open(UUID personId, UUID notificationId) {
		return Optional.ofNullable(this.store.open(personId, notificationId, this.clock.instant()));
	}

	/**
	 * Marks all the person's notifications read.
	 * @param personId the person
	 * @return how many were unread
	 */
	@Transactional
	public int markAllRead(UUID personId) {
		return this.store.markAllRead(personId, this.clock.instant());
	}

	/**
	 * One page of a person's notifications.
	 *
	 * @param notifications the notifications, newest first
	 * @param page the page, from 1
	 * @param pages how many pages there are, at least 1
	 */
	public record Page(List<Notification> notifications, int page, int pages) {

		public Page {
			notifications = List.copyOf(notifications);
		}

	}

}
