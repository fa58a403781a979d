package org.kring.meeting.internal;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far ahead series generate their meetings, under {@code kring.meetings.series}.
 *
 * @param ahead how far ahead of today a series has its meetings
 * ({@code KRING_MEETING_SERIES_AHEAD}, default {@code P1Y})
 * @param extendEvery how often the instance extends every series
 * ({@code KRING_MEETING_SERIES_EXTEND_EVERY}, default {@code P1D})
 */
@ConfigurationProperties("kring.meetings.series")
public record SeriesPlanningSettings(@DefaultValue("P1Y") Period ahead, @DefaultValue("P1D") Duration extendEvery) {
}
