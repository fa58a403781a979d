package org.kring.result.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of signals sent to authorities, under {@code kring.results.signals}.
 *
 * @param remindAfter how long after sending the authority's contact gets their one
 * reminder when they have not answered ({@code KRING_RESULTS_SIGNALS_REMIND_AFTER},
 * default {@code P56D}: eight weeks)
 * @param remindersEvery how often the instance looks for reminders to send
 * ({@code KRING_RESULTS_SIGNALS_REMINDERS_EVERY}, default {@code PT1H})
 */
@ConfigurationProperties("kring.results.signals")
public record SignalSettings(@DefaultValue("P56D") Duration remindAfter,
		@DefaultValue("PT1H") Duration remindersEvery) {
}
