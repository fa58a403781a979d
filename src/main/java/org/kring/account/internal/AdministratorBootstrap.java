package org.kring.account.internal;

import org.kring.account.EmailAddresses;
import java.time.Clock;
import java.util.Optional;

import org.kring.system.KringProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.StringUtils;

/**
 * Gives a production instance its first administrator: once started, when no
 * administrator exists and {@code kring.admin-email} is set, creates one with that
 * address and writes one line to the log with a link to choose the password (valid for
 * seven days). There is never a default password. Development has its demo accounts
 * instead.
 */
@Component
class AdministratorBootstrap {

	private static final Logger logger = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final People people;

	private final Passwords passwords;

	private final KringProperties properties;

	private final Environment environment;

	private final Clock clock;

	private final TransactionOperations transactions;

	AdministratorBootstrap(People people, Passwords passwords, KringProperties properties, Environment environment,
			Clock clock, TransactionOperations transactions) {
		this.people = people;
		this.passwords = passwords;
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onApplicationReady() {
		createFirstAdministrator().ifPresent((link) -> logger.warn(
				"No administrator yet: {} was made administrator; choose its password within {} days at {}",
				this.properties.adminEmail(), AccountToken.Purpose.SET_PASSWORD.validity().toDays(), link));
	}

	/**
	 * Creates the first administrator when this is a production instance without one and
	 * the address is configured.
	 * @return the set-password link, or empty when nothing was done
	 */
	Optional<String> createFirstAdministrator() {
		String email = this.properties.adminEmail();
		if (this.environment.acceptsProfiles(Profiles.of("dev")) || !StringUtils.hasText(email)) {
			return Optional.empty();
		}
		if (!EmailAddresses.isPlausible(email)) {
			logger.warn("KRING_ADMIN_EMAIL (kring.admin-email) is not an e-mail address: no administrator created");
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(this.transactions.execute((status) -> {
				if (this.people.existsByAdministratorTrue()) {
					return null;
				}
				Person administrator = this.people.findByEmail(EmailAddresses.normalize(email)).map((person) -> {
					person.makeAdministrator(this.clock.instant());
					return person;
				}).orElseGet(() -> this.people.save(Person.administrator(email, this.clock.instant())));
				return this.passwords.firstPasswordLink(administrator);
			}));
		}
		catch (DataIntegrityViolationException ex) {
			// another node created it at the same moment and wrote the link to its log
			return Optional.empty();
		}
	}

}
