package org.kring.expertise.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityRole;
import org.kring.expertise.ProfileVisibility;
import org.kring.system.KringPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may ask experts for input, and which experts they may ask: only people with an
 * expert profile the asker may see (everyone's; those of people who share a community
 * with the asker when the owner chose "my communities"; every profile for coordinators
 * and administrators). An expert the asker may not see is as unknown as one that does not
 * exist.
 */
@Component
public class RequestableExperts {

	/** The most experts a search offers. */
	public static final int SEARCH_LIMIT = 20;

	private final JdbcClient jdbc;

	private final CommunityManagement communities;

	private final ProfileReaders readers;

	private final AccountManagement accounts;

	RequestableExperts(JdbcClient jdbc, CommunityManagement communities, ProfileReaders readers,
			AccountManagement accounts) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.readers = readers;
		this.accounts = accounts;
	}

	/**
	 * An expert someone may ask.
	 *
	 * @param id the expert's person id
	 * @param name their display name
	 */
	public record Choice(UUID id, String name) {
	}

	/**
	 * Whether someone may ask experts for input at all.
	 * @param me the signed-in person
	 * @return true for administrators, coordinators and facilitators of any community
	 */
	public boolean mayAsk(KringPrincipal me) {
		return me.administrator() || me.coordinator()
				|| this.communities.communitiesOf(me.id())
					.stream()
					.anyMatch((membership) -> membership.role() == CommunityRole.FACILITATOR);
	}

	/**
	 * The experts someone may ask whose name contains the words typed, by name.
	 * @param me the asker
	 * @param query part of a name; blank offers none
	 * @return at most {@value #SEARCH_LIMIT} experts, never the asker
	 */
	public List<Choice> search(KringPrincipal me, String query) {
		String wanted = query.strip().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> profiles = this.jdbc.sql("select person_id, visibility from expertise_profile")
			.query((rs, row) -> Map.entry(rs.getObject("person_id", UUID.class), rs.getString("visibility")))
			.list()
			.stream()
			.collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()), Map::putAll);
		return visible(me, profiles).stream()
			.filter((choice) -> choice.name().toLowerCase(Locale.ROOT).contains(wanted))
			.sorted(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER))
			.limit(SEARCH_LIMIT)
			.toList();
	}

	/**
	 * The experts among the given people whom someone may ask, with their names.
	 * @param me the asker
	 * @param ids the people asked for
	 * @return those who have a profile the asker may see, never the asker, in the order
	 * given
	 */
	public List<Choice> among(KringPrincipal me, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> profiles = new LinkedHashMap<>();
		this.jdbc.sql("select person_id, visibility from expertise_profile where person_id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query((rs, row) -> profiles.put(rs.getObject("person_id", UUID.class), rs.getString("visibility")))
			.list();
		Map<UUID, String> ordered = new LinkedHashMap<>();
		ids.stream().filter(profiles::containsKey).forEach((id) -> ordered.put(id, profiles.get(id)));
		return visible(me, ordered);
	}

	private List<Choice> visible(KringPrincipal me, Map<UUID, String> profiles) {
		ProfileViewer viewer = this.readers.of(me);
		List<UUID> shown = profiles.entrySet()
			.stream()
			.filter((profile) -> !profile.getKey().equals(me.id()))
			.filter((profile) -> viewer.maySee(profile.getKey(), ProfileVisibility.valueOf(profile.getValue())))
			.map(Map.Entry::getKey)
			.toList();
		if (shown.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> names = this.accounts.displayNamesOf(shown);
		return shown.stream()
			.filter((id) -> !AccountManagement.FORMER_MEMBER.equals(names.get(id)))
			.map((id) -> new Choice(id, names.get(id)))
			.toList();
	}

}
