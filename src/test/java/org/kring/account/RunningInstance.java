package org.kring.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.kring.account.internal.AccountMails;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application running on a free port with its database, mail to the shared test SMTP
 * server and a clock the tests move. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RunningInstance.TestClock.class)
@Tag("database")
public abstract class RunningInstance {

	protected static final String PASSWORD = "lantern meadow quietly 47";

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JdbcClient jdbc;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestMailServer::port);
	}

	@BeforeEach
	void startFresh() {
		// whole milliseconds, as the database keeps them: a link issued now expires
		// exactly
		// when its validity has passed
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
		this.jdbc.sql("delete from login_failure").update();
	}

	protected Browser browser() {
		return new Browser("http://localhost:" + this.port);
	}

	protected static String newAddress(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/**
	 * Signs up and verifies through the mailed link.
	 * @return the address of the new account, whose password is {@link #PASSWORD}
	 */
	protected String verifiedAccount(String displayName) {
		String email = unverifiedAccount(displayName);
		Browser browser = browser();
		browser.get(TestMailServer.awaitMail(email).link(AccountMails.VERIFY_PATH));
		return email;
	}

	protected String unverifiedAccount(String displayName) {
		String email = newAddress(displayName.toLowerCase());
		Browser browser = browser();
		browser.get("/signup");
		browser.post("/signup", "displayName", displayName, "email", email, "password", PASSWORD);
		return email;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now());
		}

	}

}
