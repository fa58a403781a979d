package org.kring.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The period of a daily or weekly digest that is due at a moment: the latest day (every
 * day, or the weekly digest's day of the week) whose digest hour has come, in the
 * instance's time zone. A digest lists what came before its due moment, so that what
 * comes later in the day waits for the next one.
 *
 * @param mode {@link EmailMode#DAILY} or {@link EmailMode#WEEKLY}
 * @param start the day the digest is due on, which names the period
 * @param due the moment it is due
 * @param earliest the start of the period's news for a person who never had a digest of
 * this kind: one period before it is due
 */
public record DigestPeriod(EmailMode mode, LocalDate start, Instant due, Instant earliest) {

	/**
	 * The period whose digest is due at a moment.
	 * @param mode daily or weekly
	 * @param now the moment
	 * @param settings the digest hour and the weekly digest's day
	 * @param zone the instance's time zone
	 * @return the latest period due at or before that moment
	 */
	public static DigestPeriod at(EmailMode mode, Instant now, NotificationMailSettings settings, ZoneId zone) {
		ZonedDateTime local = now.atZone(zone);
		LocalDate day = local.toLocalDate();
		if (local.getHour() < settings.digestHour()) {
			day = day.minusDays(1);
		}
		int length = switch (mode) {
			case DAILY -> 1;
			case WEEKLY -> {
				day = day.with(TemporalAdjusters.previousOrSame(settings.weeklyDigestDay()));
				yield 7;
			}
			default -> throw new IllegalArgumentException("No digest for " + mode);
		};
		ZonedDateTime due = day.atTime(settings.digestHour(), 0).atZone(zone);
		return new DigestPeriod(mode, day, due.toInstant(), due.minusDays(length).toInstant());
	}

	/**
	 * The first moment after another at which a digest of this kind is due.
	 * @param mode daily or weekly
	 * @param after the moment
	 * @param settings the digest hour and the weekly digest's day
	 * @param zone the instance's time zone
	 * @return the moment the next period's digest is due
	 */
	public static Instant nextDue(EmailMode mode, Instant after, NotificationMailSettings settings, ZoneId zone) {
		DigestPeriod current = at(mode, after, settings, zone);
		int length = (mode == EmailMode.WEEKLY) ? 7 : 1;
		return current.start().plusDays(length).atTime(settings.digestHour(), 0).atZone(zone).toInstant();
	}

}
