package org.kring.account.security;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.account.Browser;
import org.kring.account.RunningInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten failed logins within a quarter of an hour, for one address typed or from one remote
 * address, stop further attempts until the quarter has passed.
 */
@Tag("database")
class LoginThrottleTests extends RunningInstance {

	@Autowired
	private LoginThrottle throttle;

	@Test
	void eleventhAttemptIsRefusedEvenWithTheRightPasswordUntilTheWindowHasPassed() {
		String email = verifiedAccount("Qadir");
		Browser browser = browser().from("192.0.2.1");
		browser.get("/login");
		for (int attempt = 1; attempt <= LoginThrottle.LIMIT; attempt++) {
			Browser.Page failed = browser.post("/login", "email", email, "password", "wrong password " + attempt);
			assertThat(failed.redirectPath()).as("attempt %d", attempt).isEqualTo("/login?error");
			browser.follow(failed);
		}

		Browser.Page refused = browser.post("/login", "email", email, "password", PASSWORD);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).contains("Too many attempts").contains("quarter of an hour");
		assertThat(browser.get("/account").status()).isEqualTo(302);

		this.clock.advance(Duration.ofMinutes(14));
		assertThat(browser.post("/login", "email", email, "password", PASSWORD).status()).isEqualTo(429);

		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		Browser.Page loggedIn = browser.post("/login", "email", email, "password", PASSWORD);
		assertThat(loggedIn.status()).isEqualTo(302);
		assertThat(loggedIn.redirectPath()).as("back to the page asked for before").isEqualTo("/account?continue");
	}

	@Test
	void refusalIsInThePersonsLanguage() {
		String email = newAddress("rami");
		Browser browser = browser().speaking("nl").from("192.0.2.2");
		browser.get("/login");
		for (int attempt = 1; attempt <= LoginThrottle.LIMIT; attempt++) {
			browser.follow(browser.post("/login", "email", email, "password", "wrong password " + attempt));
		}
		Browser.Page refused = browser.post("/login", "email", email, "password", "wrong password");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).contains("Te veel pogingen");
	}

	@Test
	void oneAddressTypedIsThrottledFromEveryRemoteAddress() {
		String email = verifiedAccount("Sahar");
		for (int attempt = 1; attempt <= LoginThrottle.LIMIT; attempt++) {
			Browser browser = browser().from("198.51.100." + attempt);
			browser.get("/login");
			browser.post("/login", "email", email, "password", "wrong password " + attempt);
		}
		Browser elsewhere = browser().from("203.0.113.7");
		elsewhere.get("/login");
		assertThat(elsewhere.post("/login", "email", " " + email.toUpperCase(), "password", PASSWORD).status())
			.isEqualTo(429);
	}

	@Test
	void oneRemoteAddressIsThrottledForEveryAddressTyped() {
		String email = verifiedAccount("Tariq");
		Browser browser = browser().from("192.0.2.3");
		browser.get("/login");
		for (int attempt = 1; attempt <= LoginThrottle.LIMIT; attempt++) {
			browser.follow(browser.post("/login", "email", newAddress("guess"), "password", "wrong password"));
		}
		assertThat(browser.post("/login", "email", email, "password", PASSWORD).status()).isEqualTo(429);

		Browser other = browser().from("192.0.2.4");
		other.get("/login");
		assertThat(other.post("/login", "email", email, "password", PASSWORD).redirectPath()).isEqualTo("/account");
	}

	@Test
	void nineFailuresStillLetTheRightPasswordIn() {
		String email = verifiedAccount("Umar");
		Browser browser = browser().from("192.0.2.5");
		browser.get("/login");
		for (int attempt = 1; attempt < LoginThrottle.LIMIT; attempt++) {
			browser.follow(browser.post("/login", "email", email, "password", "wrong password " + attempt));
		}
		assertThat(browser.post("/login", "email", email, "password", PASSWORD).redirectPath()).isEqualTo("/account");
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		this.throttle.recordFailure("vida@example.org", "192.0.2.6");
		this.throttle.recordFailure("vida@example.org", "192.0.2.6");
		this.clock.advance(LoginThrottle.WINDOW.minusSeconds(1));
		assertThat(this.throttle.prune(this.clock.instant())).isZero();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.throttle.prune(this.clock.instant())).isEqualTo(2);
		assertThat(failuresKept()).isZero();
	}

	@Test
	void recordingAFailureNowAndThenForgetsOldOnes() {
		this.throttle.recordFailure("wafa@example.org", "192.0.2.7");
		this.throttle.recordFailure("wafa@example.org", "192.0.2.7");
		this.clock.advance(LoginThrottle.WINDOW.plusMinutes(1));
		new LoginThrottle(this.jdbc, this.clock).recordFailure("wafa@example.org", "192.0.2.7");
		assertThat(failuresKept()).isEqualTo(1);
	}

	private int failuresKept() {
		return this.jdbc.sql("select count(*) from login_failure").query(Integer.class).single();
	}

}
