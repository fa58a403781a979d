package org.kring.community.internal;

import java.util.Map;
import java.util.Set;

import org.kring.community.CommunityKind;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;

/**
 * Everything a facilitator describes about a community, as it is created or edited;
 * checked by the form before it gets here, and once more by {@link Community}.
 *
 * @param slug the readable, unique part of the community's address
 * @param kind what kind of group it is
 * @param visibility who learns of it and who reads it
 * @param joinPolicy how people become members
 * @param originalLanguage the ISO 639-1 code of the language the text is written in
 * @param name the name
 * @param domain the domain statement: the shared concern that holds the community
 * together
 * @param practice what the members do together
 * @param themes the themes, as tags
 * @param places the countries and regions it works in
 * @param languages the ISO 639-1 codes of its working languages
 * @param translations the text in other languages, by ISO 639-1 code
 */
public record CommunityDescription(String slug, CommunityKind kind, Visibility visibility, JoinPolicy joinPolicy,
		String originalLanguage, String name, String domain, String practice, Set<String> themes, Set<Place> places,
		Set<String> languages, Map<String, Translation> translations) {

	public CommunityDescription {
		themes = Set.copyOf(themes);
		places = Set.copyOf(places);
		languages = Set.copyOf(languages);
		translations = Map.copyOf(translations);
	}

	/**
	 * The same description at another address.
	 * @param other the slug to use instead
	 * @return the description with that slug
	 */
	public CommunityDescription withSlug(String other) {
		return new CommunityDescription(other, this.kind, this.visibility, this.joinPolicy, this.originalLanguage,
				this.name, this.domain, this.practice, this.themes, this.places, this.languages, this.translations);
	}

}
