package org.kring.notification.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much a person wants to hear: their e-mail mode and their level per community, with
 * the defaults (a weekly digest, normal) for what they never chose.
 */
@Service
public class Preferences {

	private final NotificationStore store;

	Preferences(NotificationStore store) {
		this.store = store;
	}

	/**
	 * The person's e-mail mode.
	 * @param personId the person
	 * @return the mode, {@link EmailMode#DEFAULT} when they never chose
	 */
	@Transactional(readOnly = true)
	public EmailMode emailMode(UUID personId) {
		return this.store.emailMode(personId);
	}

	/**
	 * The levels the person chose.
	 * @param personId the person
	 * @return by community; a community missing has {@link CommunityLevel#DEFAULT}
	 */
	@Transactional(readOnly = true)
	public Map<UUID, CommunityLevel> levels(UUID personId) {
		return this.store.levelsOf(personId);
	}

	/**
	 * Saves the person's e-mail mode and their levels in these communities. Callers pass
	 * only communities the person belongs to.
	 * @param personId the person
	 * @param mode the e-mail mode
	 * @param levels by community
	 */
	@Transactional
	public void save(UUID personId, EmailMode mode, Map<UUID, CommunityLevel> levels) {
		this.store.saveEmailMode(personId, mode);
		this.store.saveLevels(personId, levels);
	}

}
