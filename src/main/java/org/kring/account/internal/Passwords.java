package org.kring.account.internal;

import org.kring.account.EmailAddresses;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Forgotten passwords and first passwords: a link by e-mail that lets its holder choose a
 * new password once.
 */
@Service
public class Passwords {

	private final People people;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final TransactionOperations transactions;

	Passwords(People people, AccountTokens tokens, AccountMails mails, PasswordPolicy policy,
			PasswordEncoder passwordEncoder, Clock clock, TransactionOperations transactions) {
		this.people = people;
		this.tokens = tokens;
		this.mails = mails;
		this.policy = policy;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Mails a reset link when the address has an account; does nothing otherwise. The
	 * caller answers the same in both cases.
	 * @param email the address as typed
	 * @param locale the language of the page, for the mail
	 */
	@Transactional
	public void requestReset(String email, Locale locale) {
		this.people.findByEmail(EmailAddresses.normalize(email))
			.ifPresent((person) -> this.mails.resetPassword(person,
					this.tokens.issue(person, AccountToken.Purpose.RESET_PASSWORD, null), locale));
	}

	/**
	 * Issues the link with which a person without a password chooses their first one.
	 * @param person the person
	 * @return the full link, to hand over another way than by mail
	 */
	String firstPasswordLink(Person person) {
		return this.mails.link(AccountMails.SET_PATH,
				this.tokens.issue(person, AccountToken.Purpose.SET_PASSWORD, null));
	}

	/**
	 * Whether a reset or set-password link can still be used, without using it.
	 * @param token the secret from the link
	 * @param purpose {@code RESET_PASSWORD} or {@code SET_PASSWORD}
	 * @return true while the link works
	 */
	@Transactional(readOnly = true)
	public boolean isUsable(@Nullable String token, AccountToken.Purpose purpose) {
		return holderOf(token, purpose).isPresent();
	}

	/**
	 * Sets the password a link allows to choose, if it will do, and uses the link up.
	 * Following the link proves the address, so it is verified too.
	 * @param token the secret from the link
	 * @param purpose {@code RESET_PASSWORD} or {@code SET_PASSWORD}
	 * @param password the new password as typed
	 * @return what happened
	 */
	public Outcome choose(@Nullable String token, AccountToken.Purpose purpose, @Nullable String password) {
		Optional<Person> holder = this.transactions.execute((status) -> holderOf(token, purpose));
		if (holder == null || holder.isEmpty()) {
			return new Outcome.LinkUnusable();
		}
		Optional<String> problem = this.policy.problem(password, holder.get().email(), holder.get().displayName());
		if (problem.isPresent() || password == null) {
			return new Outcome.Refused(problem.orElse("account.password.required"));
		}
		String passwordHash = this.passwordEncoder.encode(password);
		Outcome outcome = this.transactions.execute((status) -> this.tokens.redeem(token, purpose)
			.flatMap((link) -> this.people.findById(link.personId()))
			.filter((person) -> !person.erased())
			.<Outcome>map((person) -> {
				person.changePassword(passwordHash);
				person.verifyEmail(this.clock.instant());
				return new Outcome.Done(person);
			})
			.orElseGet(Outcome.LinkUnusable::new));
		return (outcome != null) ? outcome : new Outcome.LinkUnusable();
	}

	private Optional<Person> holderOf(@Nullable String token, AccountToken.Purpose purpose) {
		return this.tokens.peek(token, purpose)
			.flatMap((link) -> this.people.findById(link.personId()))
			.filter((person) -> !person.erased());
	}

	/**
	 * What choosing a password through a link came to.
	 */
	public sealed interface Outcome {

		/**
		 * The password is set; the person may be logged in.
		 *
		 * @param person the person, ready to be logged in
		 */
		record Done(Person person) implements Outcome {
		}

		/**
		 * The password will not do; the link still works.
		 *
		 * @param problem the message key saying why
		 */
		record Refused(String problem) implements Outcome {
		}

		/**
		 * The link is unknown, used or expired.
		 */
		record LinkUnusable() implements Outcome {
		}

	}

}
