package org.kring.account.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.account.MutableClock;
import org.kring.system.security.LinkSecrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issuing and redeeming links against the database, each call in its own transaction as
 * the pages make them.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ AccountTokens.class, AccountTokensTests.Config.class })
@Tag("database")
class AccountTokensTests {

	private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

	@Autowired
	private AccountTokens tokens;

	@Autowired
	private AccountTokenRepository repository;

	@Autowired
	private People people;

	@Autowired
	private MutableClock clock;

	private Person person;

	@BeforeEach
	void aPerson() {
		this.clock.set(START);
		this.person = this.people
			.save(Person.signUp("Ilse", "ilse-" + System.nanoTime() + "@example.org", "hash", START));
	}

	@Test
	void linkWorksOnce() {
		String token = this.tokens.issue(this.person, AccountToken.Purpose.RESET_PASSWORD, null);
		assertThat(this.tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD))
			.hasValueSatisfying((link) -> assertThat(link.personId()).isEqualTo(this.person.id()));
		assertThat(this.tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD)).isEmpty();
		assertThat(this.tokens.peek(token, AccountToken.Purpose.RESET_PASSWORD)).isEmpty();
	}

	@Test
	void lookingALinkUpDoesNotUseItUp() {
		String token = this.tokens.issue(this.person, AccountToken.Purpose.LOGIN_LINK, null);
		assertThat(this.tokens.peek(token, AccountToken.Purpose.LOGIN_LINK)).isPresent();
		assertThat(this.tokens.peek(token, AccountToken.Purpose.LOGIN_LINK)).isPresent();
		assertThat(this.tokens.redeem(token, AccountToken.Purpose.LOGIN_LINK)).isPresent();
	}

	@Test
	void resetLinkExpiresAfterOneHour() {
		String token = this.tokens.issue(this.person, AccountToken.Purpose.RESET_PASSWORD, null);
		this.clock.advance(Duration.ofHours(1).minusSeconds(1));
		assertThat(this.tokens.peek(token, AccountToken.Purpose.RESET_PASSWORD)).isPresent();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD)).isEmpty();
	}

	@Test
	void loginLinkExpiresAfterFifteenMinutes() {
		String token = this.tokens.issue(this.person, AccountToken.Purpose.LOGIN_LINK, null);
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(this.tokens.redeem(token, AccountToken.Purpose.LOGIN_LINK)).isEmpty();
	}

	@Test
	void newLinkStopsTheEarlierOneOfTheSamePurposeOnly() {
		String reset = this.tokens.issue(this.person, AccountToken.Purpose.RESET_PASSWORD, null);
		String login = this.tokens.issue(this.person, AccountToken.Purpose.LOGIN_LINK, null);
		String newerReset = this.tokens.issue(this.person, AccountToken.Purpose.RESET_PASSWORD, null);
		assertThat(this.tokens.peek(reset, AccountToken.Purpose.RESET_PASSWORD)).isEmpty();
		assertThat(this.tokens.peek(newerReset, AccountToken.Purpose.RESET_PASSWORD)).isPresent();
		assertThat(this.tokens.peek(login, AccountToken.Purpose.LOGIN_LINK)).isPresent();
	}

	@Test
	void linkWorksOnlyForItsPurpose() {
		String token = this.tokens.issue(this.person, AccountToken.Purpose.LOGIN_LINK, null);
		assertThat(this.tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD)).isEmpty();
		assertThat(this.tokens.redeem(token, AccountToken.Purpose.LOGIN_LINK)).isPresent();
	}

	@Test
	void unknownBlankAndOverlongLinksAreRefused() {
		assertThat(this.tokens.peek(null, AccountToken.Purpose.LOGIN_LINK)).isEmpty();
		assertThat(this.tokens.peek("", AccountToken.Purpose.LOGIN_LINK)).isEmpty();
		assertThat(this.tokens.peek("not-a-token", AccountToken.Purpose.LOGIN_LINK)).isEmpty();
		assertThat(this.tokens.peek("x".repeat(10_000), AccountToken.Purpose.LOGIN_LINK)).isEmpty();
	}

	@Test
	void onlyAHashOfTheLinkIsStored() {
		String token = this.tokens.issue(this.person, AccountToken.Purpose.VERIFY_EMAIL, null);
		assertThat(this.repository.findByTokenHash(token)).isEmpty();
		assertThat(this.repository.findByTokenHash(LinkSecrets.hash(token))).isPresent();
		assertThat(token).hasSizeGreaterThanOrEqualTo(43);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		MutableClock clock() {
			return new MutableClock(START);
		}

	}

}
