package org.kring.account.internal;

import org.kring.account.EmailAddresses;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging in with a link sent by e-mail instead of a password.
 */
@Service
public class LoginLinks {

	private final People people;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final SignUps signUps;

	LoginLinks(People people, AccountTokens tokens, AccountMails mails, SignUps signUps) {
		this.people = people;
		this.tokens = tokens;
		this.mails = mails;
		this.signUps = signUps;
	}

	/**
	 * Mails a login link to an address with an account that may log in; an address still
	 * to be verified gets a new verification link instead (a login link would let whoever
	 * signed up with someone else's address in once its owner clicks); an unknown address
	 * gets nothing (an erased account has no address). The caller answers the same in
	 * every case.
	 * @param email the address as typed
	 * @param locale the language of the page, for the mail
	 */
	@Transactional
	public void request(String email, Locale locale) {
		this.people.findByEmail(EmailAddresses.normalize(email)).ifPresent((person) -> {
			if (person.canLogIn()) {
				this.mails.loginLink(person, this.tokens.issue(person, AccountToken.Purpose.LOGIN_LINK, null), locale);
			}
			else {
				this.signUps.mailVerificationLink(person, locale);
			}
		});
	}

	/**
	 * Whether a login link still works, without using it.
	 * @param token the secret from the link
	 * @return true while it works
	 */
	@Transactional(readOnly = true)
	public boolean isUsable(@Nullable String token) {
		return this.tokens.peek(token, AccountToken.Purpose.LOGIN_LINK).isPresent();
	}

	/**
	 * Uses a login link up.
	 * @param token the secret from the link
	 * @return the person to log in, or empty when the link is unknown, used or expired or
	 * the person may not log in
	 */
	@Transactional
	public Optional<Person> redeem(@Nullable String token) {
		return this.tokens.redeem(token, AccountToken.Purpose.LOGIN_LINK)
			.flatMap((link) -> this.people.findById(link.personId()))
			.filter(Person::canLogIn);
	}

}
