package org.kring.practice.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.system.i18n.Countries;
import org.kring.system.web.QueryParameters;

/**
 * What a coordinator sent from the handbook form: the filters of the list, the title and
 * the chosen practices, with the message key of each problem by field name.
 *
 * @param field the field filter, or null
 * @param country the country filter, or null
 * @param title the handbook's title as typed, or null
 * @param chosen the chosen practices, in the order sent, each once
 * @param errors message keys by field name
 */
public record HandbookRequest(@Nullable String field, @Nullable String country, @Nullable String title,
		Set<UUID> chosen, Map<String, String> errors) {

	/** The most practices one handbook holds. */
	static final int MOST = 200;

	static final int TITLE_LENGTH = 200;

	static HandbookRequest of(HandbookParameters sent) {
		Map<String, String> errors = new LinkedHashMap<>();
		Set<UUID> chosen = new LinkedHashSet<>();
		for (String id : (sent.practice() != null) ? sent.practice() : List.<String>of()) {
			try {
				chosen.add(UUID.fromString(id.strip()));
			}
			catch (IllegalArgumentException ex) {
				// a practice that cannot exist cannot be chosen either
			}
		}
		return new HandbookRequest(QueryParameters.blankToNull(sent.field()), Countries.normalize(sent.country()),
				QueryParameters.blankToNull(sent.title()), chosen, errors);
	}

	/**
	 * This request checked for making the handbook.
	 * @return the request with the problems of its title and choice
	 */
	HandbookRequest checked() {
		Map<String, String> problems = new LinkedHashMap<>(this.errors);
		if (this.title == null) {
			problems.put("title", "handbook.title.required");
		}
		else if (this.title.length() > TITLE_LENGTH) {
			problems.put("title", "handbook.title.tooLong");
		}
		if (this.chosen.isEmpty()) {
			problems.put("practice", "handbook.practices.none");
		}
		else if (this.chosen.size() > MOST) {
			problems.put("practice", "handbook.practices.tooMany");
		}
		return new HandbookRequest(this.field, this.country, this.title, this.chosen, problems);
	}

	HandbookRequest withError(String name, String key) {
		Map<String, String> problems = new LinkedHashMap<>(this.errors);
		problems.put(name, key);
		return new HandbookRequest(this.field, this.country, this.title, this.chosen, problems);
	}

	public boolean isChosen(UUID practice) {
		return this.chosen.contains(practice);
	}

	public @Nullable String error(String name) {
		return this.errors.get(name);
	}

}
