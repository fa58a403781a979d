package org.kring.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.kring.system.security.LinkSecrets;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-click unsubscribe links of notification mails: a new secret for every mail, of
 * which only the hash is kept. Posting to a link sets its person's e-mail mode to
 * {@link EmailMode#NONE}; a link works once, and used again it changes nothing, so that
 * an old mail cannot undo a later choice to get e-mail again.
 */
@Service
public class Unsubscriptions {

	/** The path of the link, before its secret. */
	public static final String PATH = "/notifications/unsubscribe/";

	private final MailStore mails;

	private final NotificationStore store;

	private final Clock clock;

	Unsubscriptions(MailStore mails, NotificationStore store, Clock clock) {
		this.mails = mails;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * A new link's secret for one mail to the person, kept as its hash. Runs in the
	 * caller's transaction, which sends the mail.
	 * @param personId the recipient
	 * @param now the time
	 * @return the secret, for the link's path after {@link #PATH}
	 */
	String issue(UUID personId, Instant now) {
		String secret = LinkSecrets.newSecret();
		this.mails.issueUnsubscribe(LinkSecrets.hash(secret), personId, now);
		return secret;
	}

	/**
	 * What a link would do, without doing it: for the page a link opens.
	 * @param secret the secret from the link
	 * @return {@link Outcome#UNKNOWN}, {@link Outcome#VALID} or {@link Outcome#ALREADY}
	 */
	@Transactional(readOnly = true)
	public Outcome check(String secret) {
		if (!LinkSecrets.wellFormed(secret)) {
			return Outcome.UNKNOWN;
		}
		return this.mails.unsubscribeLink(LinkSecrets.hash(secret))
			.map((link) -> link.used() ? Outcome.ALREADY : Outcome.VALID)
			.orElse(Outcome.UNKNOWN);
	}

	/**
	 * Uses a link: its person gets no more notification mails.
	 * @param secret the secret from the link
	 * @return {@link Outcome#DONE}, {@link Outcome#ALREADY} when the link was used before
	 * (nothing changes), or {@link Outcome#UNKNOWN}
	 */
	@Transactional
	public Outcome unsubscribe(String secret) {
		if (!LinkSecrets.wellFormed(secret)) {
			return Outcome.UNKNOWN;
		}
		String hash = LinkSecrets.hash(secret);
		MailStore.UnsubscribeLink link = this.mails.unsubscribeLink(hash).orElse(null);
		if (link == null) {
			return Outcome.UNKNOWN;
		}
		if (!this.mails.useUnsubscribe(hash, this.clock.instant())) {
			return Outcome.ALREADY;
		}
		this.store.saveEmailMode(link.personId(), EmailMode.NONE);
		return Outcome.DONE;
	}

	/**
	 * What a link does or did.
	 */
	public enum Outcome {

		/** No mail carried this link, or it was forgotten. */
		UNKNOWN,

		/** It has not been used yet. */
		VALID,

		/** It was used just now: no more notification mails. */
		DONE,

		/** It was used before: nothing changed this time. */
		ALREADY

	}

}
