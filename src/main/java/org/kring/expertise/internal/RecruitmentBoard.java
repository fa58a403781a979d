package org.kring.expertise.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of a community's pipeline: every nomination with its fields and steps,
 * and the names of the people and organisations they mention, in a fixed number of
 * queries whatever the number of nominations.
 */
@Service
public class RecruitmentBoard {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final OrganisationManagement organisations;

	RecruitmentBoard(JdbcClient jdbc, AccountManagement accounts, OrganisationManagement organisations) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organisations = organisations;
	}

	/**
	 * A community's nominations, oldest first.
	 * @param communityId the community
	 * @return the nominations and the names they need
	 */
	@Transactional(readOnly = true)
	public Board of(UUID communityId) {
		Map<UUID, List<String>> fields = new HashMap<>();
		this.jdbc
			.sql("select f.nomination_id, f.field_code from expertise_nomination_field f"
					+ " join expertise_nomination n on n.id = f.nomination_id where n.community_id = :community"
					+ " order by f.field_code")
			.param("community", communityId)
			.query((rs, row) -> fields.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new ArrayList<>())
				.add(rs.getString(2)))
			.list();
		Map<UUID, List<Step>> steps = new HashMap<>();
		Set<UUID> people = new HashSet<>();
		this.jdbc
			.sql("select s.nomination_id, s.state, s.at, s.actor_id from expertise_nomination_step s"
					+ " join expertise_nomination n on n.id = s.nomination_id where n.community_id = :community"
					+ " order by s.position")
			.param("community", communityId)
			.query((rs, row) -> {
				UUID actor = rs.getObject(4, UUID.class);
				if (actor != null) {
					people.add(actor);
				}
				return steps.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new ArrayList<>())
					.add(new Step(NominationState.valueOf(rs.getString(2)),
							rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), actor));
			})
			.list();
		Set<UUID> organisationIds = new HashSet<>();
		List<Card> cards = this.jdbc
			.sql("select id, person_id, email, organisation_id, state from expertise_nomination"
					+ " where community_id = :community order by created_at, id")
			.param("community", communityId)
			.query((rs, row) -> {
				UUID id = rs.getObject(1, UUID.class);
				UUID person = rs.getObject(2, UUID.class);
				UUID organisation = rs.getObject(4, UUID.class);
				if (person != null) {
					people.add(person);
				}
				if (organisation != null) {
					organisationIds.add(organisation);
				}
				return new Card(id, person, rs.getString(3), organisation, NominationState.valueOf(rs.getString(5)),
						fields.getOrDefault(id, List.of()), steps.getOrDefault(id, List.of()));
			})
			.list();
		Map<UUID, OrganisationSummary> named = new HashMap<>();
		if (!organisationIds.isEmpty()) {
			this.organisations.summaries(organisationIds).forEach((summary) -> named.put(summary.id(), summary));
		}
		Map<UUID, String> names = people.isEmpty() ? Map.of() : this.accounts.displayNamesOf(people);
		return new Board(cards, names, named);
	}

	/**
	 * A community's pipeline.
	 *
	 * @param cards the nominations, oldest first
	 * @param names the display names of candidates and actors by person id
	 * @param organisations the organisations the candidates represent, by id
	 */
	public record Board(List<Card> cards, Map<UUID, String> names, Map<UUID, OrganisationSummary> organisations) {
	}

	/**
	 * One nomination on the board.
	 *
	 * @param id the nomination
	 * @param personId the candidate's account, if any
	 * @param email the candidate's address while they have no account
	 * @param organisationId the organisation they represent, if any
	 * @param state where they stand
	 * @param fieldCodes the codes of their fields
	 * @param steps the history, oldest first
	 */
	public record Card(UUID id, @Nullable UUID personId, @Nullable String email, @Nullable UUID organisationId,
			NominationState state, List<String> fieldCodes, List<Step> steps) {
	}

	/**
	 * One step of a nomination's history.
	 *
	 * @param state the state reached
	 * @param at when
	 * @param actorId who moved it, null for the candidate without account or the platform
	 */
	public record Step(NominationState state, Instant at, @Nullable UUID actorId) {
	}

}
