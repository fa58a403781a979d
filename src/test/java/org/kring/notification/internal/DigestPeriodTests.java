package org.kring.notification.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which digest period is due at a moment, in the instance's time zone: daily from the
 * digest hour, weekly from that hour on the weekly digest's day.
 */
class DigestPeriodTests {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static final NotificationMailSettings SETTINGS = new NotificationMailSettings(Duration.ofMinutes(1), 7,
			DayOfWeek.MONDAY);

	@Test
	void aDailyDigestIsDueFromTheHourInTheInstancesZone() {
		// Wednesday 19 November 2025, 06:59 and 07:00 in Brussels (05:59 and 06:00 UTC)
		DigestPeriod before = DigestPeriod.at(EmailMode.DAILY, at(2025, 11, 19, 6, 59), SETTINGS, BRUSSELS);
		DigestPeriod from = DigestPeriod.at(EmailMode.DAILY, at(2025, 11, 19, 7, 0), SETTINGS, BRUSSELS);

		assertThat(before.start()).isEqualTo(LocalDate.of(2025, 11, 18));
		assertThat(from.start()).isEqualTo(LocalDate.of(2025, 11, 19));
		assertThat(from.due()).isEqualTo(Instant.parse("2025-11-19T06:00:00Z"));
		assertThat(from.earliest()).isEqualTo(Instant.parse("2025-11-18T06:00:00Z"));
		assertThat(DigestPeriod.nextDue(EmailMode.DAILY, at(2025, 11, 19, 6, 59), SETTINGS, BRUSSELS))
			.isEqualTo(from.due());
	}

	@Test
	void aWeeklyDigestIsDueOnItsDayAndHour() {
		DigestPeriod sunday = DigestPeriod.at(EmailMode.WEEKLY, at(2025, 11, 23, 20, 0), SETTINGS, BRUSSELS);
		DigestPeriod mondayEarly = DigestPeriod.at(EmailMode.WEEKLY, at(2025, 11, 24, 6, 0), SETTINGS, BRUSSELS);
		DigestPeriod monday = DigestPeriod.at(EmailMode.WEEKLY, at(2025, 11, 24, 7, 30), SETTINGS, BRUSSELS);

		assertThat(sunday.start()).isEqualTo(LocalDate.of(2025, 11, 17));
		assertThat(mondayEarly.start()).isEqualTo(LocalDate.of(2025, 11, 17));
		assertThat(monday.start()).isEqualTo(LocalDate.of(2025, 11, 24));
		assertThat(monday.earliest()).isEqualTo(Instant.parse("2025-11-17T06:00:00Z"));
		assertThat(DigestPeriod.nextDue(EmailMode.WEEKLY, at(2025, 11, 23, 20, 0), SETTINGS, BRUSSELS))
			.isEqualTo(monday.due());
	}

	@Test
	void theHourFollowsSummerTime() {
		DigestPeriod july = DigestPeriod.at(EmailMode.DAILY, at(2025, 7, 1, 8, 0), SETTINGS, BRUSSELS);

		assertThat(july.due()).isEqualTo(Instant.parse("2025-07-01T05:00:00Z"));
	}

	@Test
	void onlyDailyAndWeeklyHaveDigestsAndTheHourIsOfTheDay() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DigestPeriod.at(EmailMode.IMMEDIATE, Instant.now(), SETTINGS, BRUSSELS));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NotificationMailSettings(Duration.ofMinutes(1), 24, DayOfWeek.MONDAY));
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BRUSSELS).toInstant();
	}

}
