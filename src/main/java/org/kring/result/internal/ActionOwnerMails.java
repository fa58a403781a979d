package org.kring.result.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kring.result.ActionDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mails to action owners. From the first of each month (in the clock's zone) every
 * person who owns an open action gets one mail listing their open actions; a week before
 * an open action is due, each of its owners gets one reminder. ShedLock keeps two
 * instances from running the job at once, and each mail is claimed in the database before
 * it goes (a row per person and month, a day on the action), so that even two runs at
 * once never send one twice. An action's reminder day ({@code due_reminded_on}) stays
 * when its due date changes: whoever moves the date to later must clear it for the owners
 * to be reminded of the new date.
 */
@Component
public class ActionOwnerMails {

	/** How many days before its due date an action's owners are reminded. */
	static final int REMIND_DAYS_AHEAD = 7;

	private static final Logger logger = LoggerFactory.getLogger(ActionOwnerMails.class);

	private final OwnerMailQueries queries;

	private final OwnerMails mails;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ActionOwnerMails(OwnerMailQueries queries, OwnerMails mails, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.mails = mails;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The scheduled run: sends the monthly mails and the due-date reminders that are due
	 * while holding the job's lock, which one instance at a time gets.
	 */
	@Scheduled(fixedDelayString = "${kring.results.actions.mails.every:PT1H}",
			initialDelayString = "${kring.results.actions.mails.every:PT1H}")
	@SchedulerLock(name = "result-action-owner-mails")
	public void run() {
		int monthly = sendMonthly();
		int reminders = remindDue();
		if (monthly + reminders > 0) {
			logger.info("Sent {} monthly action mails and {} due-date reminders", monthly, reminders);
		}
	}

	/**
	 * Sends this month's mail to every owner of an open action who did not get it yet.
	 * Safe to run twice at once: each mail is claimed before it goes.
	 * @return how many mails this run sent
	 */
	public int sendMonthly() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate month = today.withDayOfMonth(1);
		Set<UUID> mailed = this.queries.mailedIn(month);
		int sent = 0;
		for (Map.Entry<UUID, List<OwnedAction>> owner : this.queries.openActionsByOwner().entrySet()) {
			if (!mailed.contains(owner.getKey()) && claimed(owner.getKey(), () -> {
				this.queries.claimMonth(owner.getKey(), month, now);
				return this.mails.monthly(owner.getKey(), owner.getValue(), today);
			})) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Reminds the owners of every open action due within a week, today included, whose
	 * owners were not reminded yet. Safe to run twice at once: each action's reminder is
	 * claimed before its mails go, and {@link ActionDue} is published with the claim.
	 * @return how many mails this run sent
	 */
	public int remindDue() {
		LocalDate today = LocalDate.now(this.clock);
		int sent = 0;
		for (Map.Entry<OwnedAction, List<UUID>> due : this.queries
			.dueUnreminded(today, today.plusDays(REMIND_DAYS_AHEAD))
			.entrySet()) {
			OwnedAction action = due.getKey();
			int[] mailed = { 0 };
			claimed(action.id(), () -> {
				if (this.queries.claimDueReminder(action.id(), today) != 1) {
					return false;
				}
				this.events.publishEvent(new ActionDue(action.id(), action.communityId(), action.title(),
						(action.dueOn() != null) ? action.dueOn() : today, today, due.getValue()));
				for (UUID owner : due.getValue()) {
					if (this.mails.dueSoon(owner, action, today)) {
						mailed[0]++;
					}
				}
				return true;
			});
			sent += mailed[0];
		}
		return sent;
	}

	private boolean claimed(UUID id, java.util.function.BooleanSupplier claimAndSend) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> claimAndSend.getAsBoolean()));
		}
		catch (DataAccessException ex) {
			// another run claimed it first
			logger.debug("No owner mail for {}: {}", id, ex.getMessage());
			return false;
		}
	}

}
