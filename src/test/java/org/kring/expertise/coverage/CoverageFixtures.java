package org.kring.expertise.coverage;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nominations and coverage targets written straight into the database, as the recruitment
 * pipeline leaves them, and deleted again by {@link #deleteAll()}.
 */
public final class CoverageFixtures {

	private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

	private static final Set<String> OPEN = Set.of("NOMINATED", "INVITED", "ACCEPTED", "ACTIVE");

	private final JdbcTemplate jdbc;

	private final List<UUID> communities = new ArrayList<>();

	public CoverageFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A person nominated for a community.
	 * @param communityId the community
	 * @param organisationId the organisation they were nominated for, or null
	 * @param state where their nomination stands
	 * @param fields the fields they were nominated on
	 * @return the person's id
	 */
	public UUID nominate(UUID communityId, @Nullable UUID organisationId, String state, String... fields) {
		UUID person = UUID.randomUUID();
		UUID nomination = UUID.randomUUID();
		remember(communityId);
		this.jdbc.update(
				"insert into expertise_nomination (id, community_id, person_id, organisation_id, state,"
						+ " open_candidate, nominated_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				nomination, communityId, person, organisationId, state, OPEN.contains(state) ? person.toString() : null,
				UUID.randomUUID(), NOW);
		for (String field : fields) {
			this.jdbc.update("insert into expertise_nomination_field (nomination_id, field_code) values (?, ?)",
					nomination, field);
		}
		return person;
	}

	/**
	 * Many active experts at once, each on two fields, for query counts.
	 * @param communityId the community
	 * @param organisationId their organisation
	 * @param count how many
	 */
	void nominateMany(UUID communityId, UUID organisationId, int count) {
		remember(communityId);
		List<UUID> ids = IntStream.range(0, count).mapToObj((i) -> UUID.randomUUID()).toList();
		this.jdbc.batchUpdate(
				"insert into expertise_nomination (id, community_id, person_id, organisation_id, state, open_candidate,"
						+ " nominated_by, created_at) values (?, ?, ?, ?, 'ACTIVE', ?, ?, ?)",
				ids.stream()
					.map((id) -> new Object[] { id, communityId, id, organisationId, id.toString(), id, NOW })
					.toList());
		for (String field : List.of("health-care", "education")) {
			this.jdbc.batchUpdate("insert into expertise_nomination_field (nomination_id, field_code) values (?, ?)",
					ids.stream().map((id) -> new Object[] { id, field }).toList());
		}
	}

	/**
	 * Records a community whose nominations and targets {@link #deleteAll()} removes.
	 * @param communityId the community
	 */
	public void remember(UUID communityId) {
		if (!this.communities.contains(communityId)) {
			this.communities.add(communityId);
		}
	}

	public void deleteAll() {
		for (UUID community : this.communities) {
			this.jdbc.update("delete from expertise_nomination where community_id = ?", community);
			this.jdbc.update("delete from expertise_coverage_target where community_id = ?", community);
		}
		this.communities.clear();
	}

}
