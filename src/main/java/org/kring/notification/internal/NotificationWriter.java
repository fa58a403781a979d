package org.kring.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the notifications of one event: routes it to each candidate by their level in the
 * community concerned ({@link Routing}) and stores one notification per person who gets
 * it, in three statements whatever the number of people. A person notified of the same
 * kind and subject before is left out, so that an event delivered twice notifies once.
 */
@Component
class NotificationWriter {

	private final NotificationStore store;

	private final Clock clock;

	NotificationWriter(NotificationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Notifies the candidates who get a notification of this kind.
	 * @param candidates the people it may concern
	 * @param kind what it tells
	 * @param communityId the community concerned, or null for a person's own business
	 * @param subjectId what it is about
	 * @param link the local path it leads to
	 * @param arguments the values its message is filled with
	 * @return the people notified
	 */
	@Transactional
	List<UUID> notify(Collection<UUID> candidates, NotificationKind kind, @Nullable UUID communityId, UUID subjectId,
			String link, List<String> arguments) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		Map<UUID, CommunityLevel> levels = (communityId != null) ? this.store.levelsIn(communityId) : Map.of();
		Set<UUID> already = this.store.notifiedOf(kind, subjectId);
		List<UUID> recipients = new ArrayList<>();
		for (UUID candidate : Set.copyOf(candidates)) {
			CommunityLevel level = levels.getOrDefault(candidate, CommunityLevel.DEFAULT);
			if (Routing.route(kind, level).inApp() && !already.contains(candidate)) {
				recipients.add(candidate);
			}
		}
		this.store.insert(recipients, kind, communityId, subjectId, link, arguments, this.clock.instant());
		return recipients;
	}

}
