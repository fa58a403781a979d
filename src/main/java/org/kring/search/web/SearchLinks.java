package org.kring.search.web;

import java.util.Map;
import java.util.UUID;

import org.kring.search.SearchHit;

/**
 * The address of each kind of thing found: its own page, by id or by the key (slug) its
 * address uses; a tool's is its community's toolbox.
 */
final class SearchLinks {

	private SearchLinks() {
	}

	static String path(SearchHit hit, Map<UUID, String> communitySlugs) {
		String key = (hit.key() != null) ? hit.key() : hit.id();
		return switch (hit.type()) {
			case "community" -> "/communities/" + key;
			case "organisation" -> "/organisations/" + key;
			case "meeting" -> "/meetings/" + key;
			case "signal" -> "/signals/" + key;
			case "action" -> "/actions/" + key;
			case "practice" -> "/practices/" + key;
			case "publication" -> "/publications/" + key;
			case "expert" -> "/experts/" + key;
			case "discussion" -> inCommunity(hit, communitySlugs, "/discussions/" + key);
			case "tool" -> inCommunity(hit, communitySlugs, "/tools#tool-" + hit.id());
			default -> "/search";
		};
	}

	/** A page under the hit's community, or the search when its slug is unknown. */
	private static String inCommunity(SearchHit hit, Map<UUID, String> communitySlugs, String page) {
		return (hit.community() != null && communitySlugs.containsKey(hit.community()))
				? "/communities/" + communitySlugs.get(hit.community()) + page : "/search";
	}

}
