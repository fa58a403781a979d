package org.kring.notification.internal;

import java.time.DayOfWeek;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of notifications by e-mail, under {@code kring.notifications}.
 *
 * @param mailEvery how often the instance looks for notifications and digests to mail
 * ({@code KRING_NOTIFICATIONS_MAIL_EVERY}, default {@code PT1M})
 * @param digestHour the hour of the day, in the instance's time zone, from which the
 * daily and weekly digests are due ({@code KRING_NOTIFICATIONS_DIGEST_HOUR}, default 7)
 * @param weeklyDigestDay the day of the week the weekly digest is due
 * ({@code KRING_NOTIFICATIONS_WEEKLY_DIGEST_DAY}, default {@code MONDAY})
 */
@ConfigurationProperties("kring.notifications")
public record NotificationMailSettings(@DefaultValue("PT1M") Duration mailEvery, @DefaultValue("7") int digestHour,
		@DefaultValue("MONDAY") DayOfWeek weeklyDigestDay) {

	public NotificationMailSettings {
		if (digestHour < 0 || digestHour > 23) {
			throw new IllegalArgumentException("kring.notifications.digest-hour is an hour from 0 to 23");
		}
	}

}
