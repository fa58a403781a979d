package org.kring.account.internal;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.system.security.LinkSecrets;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and redeems the links Kring sends by e-mail. A link carries 256 random bits; the
 * database keeps only their SHA-256 hash, so a copy of the database opens no account.
 */
@Component
public class AccountTokens {

	private final AccountTokenRepository tokens;

	private final Clock clock;

	AccountTokens(AccountTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * Issues a new link for a person; earlier unused links of the same purpose stop
	 * working.
	 * @param person the person the link is for
	 * @param purpose what the link does
	 * @param newEmail the address being verified when changing it, else null
	 * @return the secret to put in the link
	 */
	@Transactional
	public String issue(Person person, AccountToken.Purpose purpose, @Nullable String newEmail) {
		this.tokens.useAllOf(person.id(), purpose, this.clock.instant());
		String token = LinkSecrets.newSecret();
		this.tokens
			.save(new AccountToken(person.id(), purpose, LinkSecrets.hash(token), newEmail, this.clock.instant()));
		return token;
	}

	/**
	 * Redeems a link: returns it once if it exists, has this purpose and has not expired,
	 * and marks it used.
	 * @param token the secret from the link, as received
	 * @param purpose the purpose the link must have
	 * @return the redeemed link, or empty when it is unknown, used, expired or for
	 * another purpose
	 */
	@Transactional
	public Optional<AccountToken> redeem(@Nullable String token, AccountToken.Purpose purpose) {
		Optional<AccountToken> valid = peek(token, purpose);
		valid.ifPresent((found) -> found.use(this.clock.instant()));
		return valid;
	}

	/**
	 * Looks a link up without using it, to show the page it leads to.
	 * @param token the secret from the link, as received
	 * @param purpose the purpose the link must have
	 * @return the link while it is still usable
	 */
	@Transactional(readOnly = true)
	public Optional<AccountToken> peek(@Nullable String token, AccountToken.Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(LinkSecrets.hash(token))
			.filter((found) -> found.purpose() == purpose && found.isUsable(this.clock.instant()));
	}

}
