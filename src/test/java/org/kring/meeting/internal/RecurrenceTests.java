package org.kring.meeting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecurrenceTests {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final LocalTime HALF_PAST_SEVEN = LocalTime.of(19, 30);

	@Test
	void everySecondMonthOnTheSecondTuesday() {
		Recurrence recurrence = Recurrence.monthlyOnWeekday(2, 2, DayOfWeek.TUESDAY, LocalDate.of(2026, 1, 1), null,
				HALF_PAST_SEVEN, BRUSSELS);

		assertThat(recurrence.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).containsExactly(
				LocalDate.of(2026, 1, 13), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 12),
				LocalDate.of(2026, 7, 14), LocalDate.of(2026, 9, 8), LocalDate.of(2026, 11, 10));
		assertThat(recurrence.dates(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 31)))
			.containsExactly(LocalDate.of(2026, 5, 12), LocalDate.of(2026, 7, 14));
	}

	@Test
	void theLocalTimeStaysTheSameAcrossTheMarchAndOctoberChanges() {
		Recurrence recurrence = Recurrence.weekly(1, DayOfWeek.TUESDAY, LocalDate.of(2026, 3, 24), null,
				HALF_PAST_SEVEN, BRUSSELS);

		List<ZonedDateTime> march = recurrence.occurrences(LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 31));
		assertThat(march).extracting(ZonedDateTime::toLocalDateTime)
			.containsExactly(LocalDateTime.of(2026, 3, 24, 19, 30), LocalDateTime.of(2026, 3, 31, 19, 30));
		assertThat(march).extracting(ZonedDateTime::getOffset)
			.containsExactly(ZoneOffset.ofHours(1), ZoneOffset.ofHours(2));
		assertThat(march.get(1).toInstant()).isEqualTo(march.get(0).toInstant().plusSeconds(7 * 24 * 3600 - 3600));

		List<ZonedDateTime> october = recurrence.occurrences(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 27));
		assertThat(october).extracting(ZonedDateTime::toLocalDateTime)
			.containsExactly(LocalDateTime.of(2026, 10, 20, 19, 30), LocalDateTime.of(2026, 10, 27, 19, 30));
		assertThat(october).extracting(ZonedDateTime::getOffset)
			.containsExactly(ZoneOffset.ofHours(2), ZoneOffset.ofHours(1));
	}

	@Test
	void aLocalTimeInTheSpringGapMovesForwardByTheGap() {
		Recurrence recurrence = Recurrence.weekly(1, DayOfWeek.SUNDAY, LocalDate.of(2026, 3, 22), null,
				LocalTime.of(2, 30), BRUSSELS);

		List<ZonedDateTime> starts = recurrence.occurrences(LocalDate.of(2026, 3, 22), LocalDate.of(2026, 4, 5));

		assertThat(starts).extracting(ZonedDateTime::toLocalDateTime)
			.containsExactly(LocalDateTime.of(2026, 3, 22, 2, 30), LocalDateTime.of(2026, 3, 29, 3, 30),
					LocalDateTime.of(2026, 4, 5, 2, 30));
	}

	@Test
	void theLastFridayOfEveryMonth() {
		Recurrence recurrence = Recurrence.monthlyOnWeekday(1, Recurrence.LAST, DayOfWeek.FRIDAY,
				LocalDate.of(2026, 1, 1), null, HALF_PAST_SEVEN, BRUSSELS);

		assertThat(recurrence.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 31))).containsExactly(
				LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27),
				LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 29));
	}

	@Test
	void theThirtyFirstSkipsTheMonthsWithoutIt() {
		Recurrence recurrence = Recurrence.monthlyOnDay(1, 31, LocalDate.of(2026, 1, 1), null, HALF_PAST_SEVEN,
				BRUSSELS);

		assertThat(recurrence.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 8, 31))).containsExactly(
				LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31),
				LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 31));
	}

	@Test
	void everyThreeWeeksCountsFromTheFirstMeetingAndStopsAtTheEnd() {
		Recurrence recurrence = Recurrence.weekly(3, DayOfWeek.WEDNESDAY, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 3, 4), HALF_PAST_SEVEN, BRUSSELS);

		assertThat(recurrence.dates(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 12, 31)))
			.containsExactly(LocalDate.of(2026, 1, 28), LocalDate.of(2026, 2, 18));
		assertThat(recurrence.meetsOn(LocalDate.of(2026, 1, 7))).isTrue();
		assertThat(recurrence.meetsOn(LocalDate.of(2026, 1, 14))).isFalse();
	}

	@Test
	void aRecurrenceThatYieldsNoDateIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Recurrence.weekly(1, DayOfWeek.MONDAY, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1),
					HALF_PAST_SEVEN, BRUSSELS))
			.withMessage("The recurrence yields no date");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> Recurrence.monthlyOnDay(12, 31, LocalDate.of(2026, 2, 1), null, HALF_PAST_SEVEN, BRUSSELS))
			.withMessage("The recurrence yields no date");
		assertThatIllegalArgumentException().isThrownBy(() -> Recurrence.weekly(0, DayOfWeek.MONDAY,
				LocalDate.of(2026, 5, 1), null, HALF_PAST_SEVEN, BRUSSELS));
		assertThatIllegalArgumentException().isThrownBy(() -> Recurrence.monthlyOnWeekday(1, 5, DayOfWeek.MONDAY,
				LocalDate.of(2026, 5, 1), null, HALF_PAST_SEVEN, BRUSSELS));
	}

}
