package org.kring.meeting.internal;

import java.util.Map;
import java.util.UUID;

import org.kring.account.PersonalData;
import org.springframework.stereotype.Component;

/**
 * What the calendar keeps about a person: when they made their personal feed address (its
 * secret is kept as a hash only and is not part of the export). Erasing revokes it.
 */
@Component
class PersonalFeedData implements PersonalData {

	private final PersonalFeeds feeds;

	PersonalFeedData(PersonalFeeds feeds) {
		this.feeds = feeds;
	}

	@Override
	public String section() {
		return "calendarFeed";
	}

	@Override
	public Map<String, Object> export(UUID personId) {
		return this.feeds.createdAt(personId)
			.<Map<String, Object>>map((created) -> Map.of("feedCreatedAt", created.toString()))
			.orElse(Map.of());
	}

	@Override
	public void erase(UUID personId) {
		this.feeds.revoke(personId);
	}

}
