package org.kring.result.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kring.system.security.LinkSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds an authority's contact once of a signal they have not answered
 * {@link SignalSettings#remindAfter()} after it was sent. Only the hash of the first
 * link's secret is kept, so the reminder carries a new link that replaces it (the old one
 * then says so). ShedLock keeps two instances from running the job at once, and each
 * reminder is claimed with a conditional update, which also puts the new link in place,
 * before its mail goes: even two runs at once never send one twice, and none goes once
 * the signal was answered.
 */
@Component
public class SignalReminders {

	private static final Logger logger = LoggerFactory.getLogger(SignalReminders.class);

	private final SignalLinks links;

	private final Signals signals;

	private final SignalMails mails;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SignalReminders(SignalLinks links, Signals signals, SignalMails mails, TransactionTemplate transactions,
			Clock clock) {
		this.links = links;
		this.signals = signals;
		this.mails = mails;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The scheduled run: sends the reminders that are due while holding the job's lock,
	 * which one instance at a time gets.
	 */
	@Scheduled(fixedDelayString = "${kring.results.signals.reminders-every:PT1H}",
			initialDelayString = "${kring.results.signals.reminders-every:PT1H}")
	@SchedulerLock(name = "signal-reminders")
	public void run() {
		int sent = remind();
		if (sent > 0) {
			logger.info("Sent {} signal reminders", sent);
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
		for (UUID id : this.links.remindersDue(now)) {
			if (remind(id, now)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean remind(UUID id, Instant now) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				String secret = LinkSecrets.newSecret();
				if (!this.links.claimReminder(id, secret, now)) {
					return false;
				}
				this.mails.reminder(this.signals.findById(id).orElseThrow(), secret);
				return true;
			}));
		}
		catch (DataAccessException ex) {
			// another run or an answer holds the row
			logger.debug("No reminder for signal {}: {}", id, ex.getMessage());
			return false;
		}
	}

}
