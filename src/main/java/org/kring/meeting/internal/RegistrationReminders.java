package org.kring.meeting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds people with a seat of their meeting once it starts within its reminder lead.
 * ShedLock keeps two instances from running the job at once, and each reminder is claimed
 * with a conditional update before its mail goes, so that even two runs at once never
 * send one twice.
 */
@Component
public class RegistrationReminders {

	private static final Logger logger = LoggerFactory.getLogger(RegistrationReminders.class);

	private final Registrations registrations;

	private final Meetings meetings;

	private final RegistrationMails mails;

	private final ReminderSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RegistrationReminders(Registrations registrations, Meetings meetings, RegistrationMails mails,
			ReminderSettings settings, TransactionTemplate transactions, Clock clock) {
		this.registrations = registrations;
		this.meetings = meetings;
		this.mails = mails;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The scheduled run: sends the reminders that are due while holding the job's lock,
	 * which one instance at a time gets.
	 */
	@Scheduled(fixedDelayString = "${kring.meetings.reminders.every:PT5M}",
			initialDelayString = "${kring.meetings.reminders.every:PT5M}")
	@SchedulerLock(name = "meeting-reminders")
	public void run() {
		int sent = remind();
		if (sent > 0) {
			logger.info("Sent {} meeting reminders", sent);
		}
	}

	/**
	 * Sends the reminders that are due. Safe to run twice at once: each reminder is
	 * claimed before its mail goes.
	 * @return how many reminders this run sent
	 */
	public int remind() {
		Instant now = this.clock.instant();
		int sent = 0;
		for (Object[] due : this.registrations.findUnremindedStartingBefore(now, now.plus(this.settings.horizon()))) {
			Instant startsAt = (Instant) due[1];
			Duration lead = Duration.ofMinutes(((Number) due[2]).longValue());
			if (!startsAt.minus(lead).isAfter(now) && remind((UUID) due[0], now)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean remind(UUID id, Instant now) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				if (this.registrations.claimReminder(id, now) != 1) {
					return false;
				}
				Registration registration = this.registrations.findById(id).orElseThrow();
				Meeting meeting = this.meetings.findById(registration.meetingId()).orElseThrow();
				return this.mails.reminder(registration, meeting);
			}));
		}
		catch (DataAccessException ex) {
			// another run holds the row
			logger.debug("No reminder for registration {}: {}", id, ex.getMessage());
			return false;
		}
	}

}
