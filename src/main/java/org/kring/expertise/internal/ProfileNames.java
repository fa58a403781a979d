package org.kring.expertise.internal;

import java.util.List;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.account.PersonRenamed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the name each expert profile is found by in the search equal to its owner's
 * display name: when the owner is renamed, and on start for the profiles saved before the
 * name was kept.
 */
@Component
class ProfileNames {

	private static final Logger logger = LoggerFactory.getLogger(ProfileNames.class);

	private final ProfileStore store;

	private final AccountManagement accounts;

	ProfileNames(ProfileStore store, AccountManagement accounts) {
		this.store = store;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(PersonRenamed renamed) {
		this.store.rename(renamed.personId(), renamed.displayName());
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void nameProfilesSavedBefore() {
		List<UUID> unnamed = this.store.unnamed();
		if (unnamed.isEmpty()) {
			return;
		}
		this.accounts.displayNamesOf(unnamed).forEach(this.store::rename);
		logger.info("Named {} expert profiles for the search", unnamed.size());
	}

}
