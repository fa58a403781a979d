package org.kring.notification.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.kring.notification.internal.Inbox;
import org.kring.notification.internal.Notification;

/**
 * The page {@code /notifications}: one page of the person's notifications, newest first.
 *
 * @param notifications the notifications on this page
 * @param page the page, from 1
 * @param pages how many pages there are
 * @param zone the time zone dates are shown in
 */
public record NotificationsPage(List<Notification> notifications, int page, int pages, ZoneId zone) {

	public NotificationsPage {
		notifications = List.copyOf(notifications);
	}

	static NotificationsPage of(Inbox.Page page, ZoneId zone) {
		return new NotificationsPage(page.notifications(), page.page(), page.pages(), zone);
	}

	public boolean anyUnread() {
		return this.notifications.stream().anyMatch(Notification::unread);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

	public String previous() {
		return "/notifications?page=" + (this.page - 1);
	}

	public String next() {
		return "/notifications?page=" + (this.page + 1);
	}

	/** Where marking read returns to: this page of the list. */
	public String back() {
		return (this.page > 1) ? "/notifications?page=" + this.page : "/notifications";
	}

	public String when(Instant at, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(this.zone)
			.format(at);
	}

	/** The message arguments of a notification, for the message's placeholders. */
	public static Object[] arguments(Notification notification) {
		return notification.arguments().toArray();
	}

}
