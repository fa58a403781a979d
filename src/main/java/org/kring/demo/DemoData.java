package org.kring.demo;

import org.kring.account.AccountManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo people into the embedded development database on start-up, once: when
 * the demo administrator exists, nothing happens.
 */
@Component
@Profile("dev")
class DemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private final AccountManagement accounts;

	DemoData(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int created = load();
		if (created > 0) {
			logger.info("Loaded {} fictional demo people; the README lists their logins", created);
		}
	}

	/**
	 * Creates the demo people that do not exist yet, unless the demo administrator
	 * exists. All or nothing, and the administrator last, so that a start interrupted
	 * while loading loads everything on the next one.
	 * @return how many people were created
	 */
	@Transactional
	int load() {
		if (this.accounts.findByEmail(DemoPeople.ADMINISTRATOR).isPresent()) {
			return 0;
		}
		int created = 0;
		for (DemoPeople.DemoPerson person : DemoPeople.ALL.reversed()) {
			if (this.accounts.findByEmail(person.email()).isEmpty()) {
				this.accounts.createVerified(person.displayName(), person.email(), DemoPeople.PASSWORD, person.locale(),
						person.role().onInstance());
				created++;
			}
		}
		return created;
	}

}
