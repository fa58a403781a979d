package org.kring.account.internal;

import org.kring.account.EmailAddresses;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Signing up and verifying the address. Whether an address already has an account is told
 * only to that address, by mail: the person signing up gets the same answer either way.
 */
@Service
public class SignUps {

	private final People people;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final TransactionOperations transactions;

	SignUps(People people, AccountTokens tokens, AccountMails mails, PasswordEncoder passwordEncoder, Clock clock,
			TransactionOperations transactions) {
		this.people = people;
		this.tokens = tokens;
		this.mails = mails;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Signs a person up and mails them a verification link; when the address already has
	 * an account, mails its owner a note instead and changes nothing. The arguments must
	 * have passed the form's checks.
	 * @param displayName the name to show
	 * @param email the address as typed
	 * @param password the chosen password, which satisfies the {@link PasswordPolicy}
	 * @param locale the language of the page, for the mail
	 */
	public void signUp(String displayName, String email, String password, Locale locale) {
		// hashed even when the address is taken, so that both answers take as long
		String passwordHash = this.passwordEncoder.encode(password);
		String normalized = EmailAddresses.normalize(email);
		try {
			this.transactions.executeWithoutResult((status) -> {
				Optional<Person> existing = this.people.findByEmail(normalized);
				if (existing.isPresent()) {
					this.mails.alreadySignedUp(existing.get(), locale);
					return;
				}
				Person person = this.people
					.save(Person.signUp(displayName, normalized, passwordHash, this.clock.instant()));
				mailVerificationLink(person, locale);
			});
		}
		catch (DataIntegrityViolationException ex) {
			// signed up twice at the same moment: the other one won
			this.transactions.executeWithoutResult((status) -> this.people.findByEmail(normalized)
				.ifPresent((person) -> this.mails.alreadySignedUp(person, locale)));
		}
	}

	/**
	 * Verifies the address a link was sent to.
	 * @param token the secret from the link
	 * @return true when the link was valid and the address is now verified
	 */
	@Transactional
	public boolean verify(@Nullable String token) {
		return this.tokens.redeem(token, AccountToken.Purpose.VERIFY_EMAIL)
			.flatMap((link) -> this.people.findById(link.personId()))
			.filter((person) -> !person.erased())
			.map((person) -> {
				person.verifyEmail(this.clock.instant());
				return true;
			})
			.orElse(false);
	}

	/**
	 * Sends a new verification link to an unverified address; the owner of an already
	 * verified one gets the note on how to log in; an unknown address gets nothing.
	 * @param email the address as typed
	 * @param locale the language of the page, for the mail
	 */
	@Transactional
	public void sendVerificationAgain(String email, Locale locale) {
		this.people.findByEmail(EmailAddresses.normalize(email)).ifPresent((person) -> {
			if (person.emailVerified()) {
				this.mails.alreadySignedUp(person, locale);
			}
			else {
				mailVerificationLink(person, locale);
			}
		});
	}

	/**
	 * Mails a person a new link to verify their address; earlier ones stop working.
	 * @param person a person whose address is not verified yet
	 * @param locale the language of the page, for the mail
	 */
	void mailVerificationLink(Person person, Locale locale) {
		this.mails.verifyAddress(person, this.tokens.issue(person, AccountToken.Purpose.VERIFY_EMAIL, null), locale);
	}

}
