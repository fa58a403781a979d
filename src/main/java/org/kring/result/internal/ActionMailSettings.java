package org.kring.result.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the mails to action owners, under {@code kring.results.actions.mails}.
 *
 * @param every how often the instance looks for monthly mails and due-date reminders to
 * send ({@code KRING_RESULTS_ACTIONS_MAILS_EVERY}, default {@code PT1H})
 */
@ConfigurationProperties("kring.results.actions.mails")
public record ActionMailSettings(@DefaultValue("PT1H") Duration every) {
}
