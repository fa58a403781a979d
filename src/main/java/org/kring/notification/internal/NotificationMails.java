package org.kring.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityMembership;
import org.kring.system.KringProperties;
import org.kring.system.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications by e-mail, as each person's mode says: each mailable notification at once
 * to those who want that, and the daily and weekly digests from the digest hour of their
 * day (in the instance's time zone, by the injected clock). ShedLock keeps two instances
 * from running the job at once, and each mail is claimed in the database in the
 * transaction that sends it (a notification's {@code mailed_at}, a digest's row per
 * person and period), so that even two runs at once never send one twice, and a mail the
 * server refuses rolls its claim back and goes with a later run. Only people with a
 * verified address are mailed; people with nothing new get no digest and no claim.
 */
@Component
public class NotificationMails {

	/** How old a notification may be and still be mailed on its own. */
	static final Duration IMMEDIATE_WITHIN = Duration.ofDays(1);

	/** How long an unsubscribe link works. */
	static final Duration UNSUBSCRIBE_KEPT = Duration.ofDays(365);

	private static final Logger logger = LoggerFactory.getLogger(NotificationMails.class);

	private final MailStore store;

	private final NotificationMailComposer composer;

	private final Unsubscriptions unsubscriptions;

	private final Mailer mailer;

	private final AccountManagement accounts;

	private final CommunityManagement communities;

	private final TransactionTemplate transactions;

	private final NotificationMailSettings settings;

	private final KringProperties properties;

	private final Clock clock;

	NotificationMails(MailStore store, NotificationMailComposer composer, Unsubscriptions unsubscriptions,
			Mailer mailer, AccountManagement accounts, CommunityManagement communities,
			TransactionTemplate transactions, NotificationMailSettings settings, KringProperties properties,
			Clock clock) {
		this.store = store;
		this.composer = composer;
		this.unsubscriptions = unsubscriptions;
		this.mailer = mailer;
		this.accounts = accounts;
		this.communities = communities;
		this.transactions = transactions;
		this.settings = settings;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The scheduled run: sends the notifications waiting to go at once and the digests
	 * that are due, while holding the job's lock, which one instance at a time gets.
	 */
	@Scheduled(fixedDelayString = "${kring.notifications.mail-every:PT1M}",
			initialDelayString = "${kring.notifications.mail-every:PT1M}")
	@SchedulerLock(name = "notification-mails")
	public void run() {
		Instant now = this.clock.instant();
		int immediate = sendImmediate(now);
		int digests = sendDigests(now);
		this.transactions.executeWithoutResult((status) -> this.store.forgetUnsubscribes(now.minus(UNSUBSCRIBE_KEPT)));
		if (immediate + digests > 0) {
			logger.info("Sent {} notification mails and {} digests", immediate, digests);
		}
	}

	/**
	 * Mails each notification waiting for a person who wants each at once. Safe to run
	 * twice at once: each is claimed before it goes.
	 * @param now the time
	 * @return how many mails this run sent
	 */
	public int sendImmediate(Instant now) {
		Map<UUID, Optional<PersonSummary>> people = new HashMap<>();
		int sent = 0;
		for (MailStore.Addressed waiting : this.store.waitingForImmediate(now.minus(IMMEDIATE_WITHIN))) {
			Optional<PersonSummary> to = people.computeIfAbsent(waiting.recipientId(), this::addressee);
			Notification notification = waiting.notification();
			if (to.isPresent() && claimed(notification.id(), () -> {
				if (!this.store.claimNotification(notification.id(), now)) {
					return false;
				}
				String secret = this.unsubscriptions.issue(waiting.recipientId(), now);
				this.mailer.send(this.composer.immediate(to.get(), notification, secret));
				return true;
			})) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Sends the daily and the weekly digests due at a moment to everyone with news who
	 * did not get theirs yet. Safe to run twice at once: each is claimed before it goes.
	 * @param now the moment, whose latest digest periods are sent
	 * @return how many digests this run sent
	 */
	public int sendDigests(Instant now) {
		return sendDigests(DigestPeriod.at(EmailMode.DAILY, now, this.settings, this.properties.timeZone()), now)
				+ sendDigests(DigestPeriod.at(EmailMode.WEEKLY, now, this.settings, this.properties.timeZone()), now);
	}

	/**
	 * Sends one period's digests: one query for everybody's news, then a few per person.
	 */
	int sendDigests(DigestPeriod period, Instant now) {
		Map<UUID, List<Notification>> news = new LinkedHashMap<>();
		for (MailStore.Addressed item : this.store.digestNews(period)) {
			news.computeIfAbsent(item.recipientId(), (key) -> new ArrayList<>()).add(item.notification());
		}
		int sent = 0;
		for (Map.Entry<UUID, List<Notification>> person : news.entrySet()) {
			Optional<PersonSummary> to = addressee(person.getKey());
			List<Notification> items = person.getValue();
			if (to.isPresent() && claimed(person.getKey(), () -> {
				this.store.claimDigest(person.getKey(), period, items.size(), now);
				this.store.markMailed(items.stream().map(Notification::id).toList(), now);
				String secret = this.unsubscriptions.issue(person.getKey(), now);
				this.mailer
					.send(this.composer.digest(to.get(), period, items, communityNames(person.getKey()), secret));
				return true;
			})) {
				sent++;
			}
		}
		return sent;
	}

	private Optional<PersonSummary> addressee(UUID personId) {
		return this.accounts.find(personId).filter((person) -> person.email() != null && !person.erased());
	}

	private Map<UUID, String> communityNames(UUID personId) {
		Map<UUID, String> names = new HashMap<>();
		for (CommunityMembership membership : this.communities.communitiesOf(personId)) {
			names.put(membership.community().id(), membership.community().name());
		}
		return names;
	}

	/**
	 * Claims and sends in one transaction: a claim another run made first, or a mail the
	 * server refused, rolls it back and sends nothing.
	 */
	private boolean claimed(UUID id, BooleanSupplier claimAndSend) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> claimAndSend.getAsBoolean()));
		}
		catch (DataAccessException ex) {
			// another run claimed it first
			logger.debug("No notification mail for {}: {}", id, ex.getMessage());
			return false;
		}
		catch (Mailer.MailNotSent ex) {
			logger.warn("A notification mail could not be sent, a later run tries again: {}", ex.getMessage());
			return false;
		}
	}

}
