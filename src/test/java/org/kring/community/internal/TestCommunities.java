package org.kring.community.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kring.community.CommunityKind;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;

/**
 * Communities for tests, described once.
 */
public final class TestCommunities {

	public static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");

	private TestCommunities() {
	}

	/**
	 * A plausible description of a community.
	 * @param slug its slug
	 * @param visibility its visibility
	 * @return the description, in Dutch with an English translation of the name
	 */
	public static CommunityDescription description(String slug, Visibility visibility) {
		return new CommunityDescription(slug, CommunityKind.LEARNING_NETWORK, visibility, JoinPolicy.ON_APPROVAL, "nl",
				"Leernetwerk " + slug, "Mensen zonder wettig verblijf", "Tweemaandelijkse maaksessies",
				Set.of("housing", "health care"), Set.of(new Place("BE", "Oost-Vlaanderen"), Place.country("NL")),
				Set.of("nl", "fr"), Map.of("en", new Translation("Learning network " + slug, null, null)));
	}

	/**
	 * A community in use, with a random founder.
	 * @param slug its slug
	 * @param visibility its visibility
	 * @return the community
	 */
	public static Community active(String slug, Visibility visibility) {
		return Community.found(description(slug, visibility), UUID.randomUUID(), NOW);
	}

}
