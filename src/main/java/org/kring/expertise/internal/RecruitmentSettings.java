package org.kring.expertise.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The recruitment settings of an instance, under {@code kring.recruitment}.
 *
 * @param reminderAfter how long an invited candidate may leave an invitation unanswered
 * before the one reminder goes out ({@code KRING_RECRUITMENT_REMINDER_AFTER}, default
 * {@code P7D})
 * @param reminderEvery how often the instance looks for invitations to remind of
 * ({@code KRING_RECRUITMENT_REMINDER_EVERY}, default {@code PT1H})
 */
@ConfigurationProperties("kring.recruitment")
public record RecruitmentSettings(@DefaultValue("P7D") Duration reminderAfter,
		@DefaultValue("PT1H") Duration reminderEvery) {
}
