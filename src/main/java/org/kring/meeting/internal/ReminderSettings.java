package org.kring.meeting.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the meeting reminders, under {@code kring.meetings.reminders}.
 *
 * @param every how often the instance looks for reminders to send
 * ({@code KRING_MEETING_REMINDERS_EVERY}, default {@code PT5M})
 * @param horizon the longest reminder lead looked at: meetings starting further ahead are
 * left for a later run ({@code KRING_MEETING_REMINDERS_HORIZON}, default {@code P31D})
 */
@ConfigurationProperties("kring.meetings.reminders")
public record ReminderSettings(@DefaultValue("PT5M") Duration every, @DefaultValue("P31D") Duration horizon) {
}
