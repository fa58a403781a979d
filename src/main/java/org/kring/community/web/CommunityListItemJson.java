package org.kring.community.web;

import java.util.List;

import org.kring.community.internal.CommunityRow;

/**
 * A public community in a list.
 *
 * @param slug the address part
 * @param href the community's address in the API
 * @param name the name in the language asked for, else the original
 * @param language the language of the name and domain statement
 * @param kind the kind
 * @param joinPolicy how to join
 * @param domain the domain statement
 * @param themes the themes
 * @param places the countries and regions
 * @param memberCount how many members it has
 */
public record CommunityListItemJson(String slug, String href, String name, String language, String kind,
		String joinPolicy, String domain, List<String> themes, List<CommunityJson.PlaceJson> places, long memberCount) {

	static CommunityListItemJson of(CommunityRow row) {
		String domain = (row.domain() != null) ? row.domain().value() : "";
		String kind = (row.kind() != null) ? row.kind().name() : "";
		return new CommunityListItemJson(row.slug(), CommunityApi.PATH + "/" + row.slug(), row.name().value(),
				row.name().language(), kind, row.joinPolicy().name(), domain, row.themes(),
				CommunityJson.PlaceJson.of(row.places()), row.memberCount());
	}

}
