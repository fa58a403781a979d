package org.kring.result.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a community's action agendas in a fixed number of queries, however many actions
 * and updates there are: an agenda's actions with their owners in one, their updates in
 * another. The order is the agenda's: soonest due first, those without a due date last.
 */
@Component
public class ActionQueries {

	private static final String ORDER = " order by a.dueOn asc nulls last, a.title, a.id";

	private final EntityManager entities;

	private final ActionUpdates updates;

	ActionQueries(EntityManager entities, ActionUpdates updates) {
		this.entities = entities;
		this.updates = updates;
	}

	/**
	 * The actions on a community's agenda of a year, with their owners.
	 * @param communityId the community
	 * @param year the agenda's year
	 * @return the actions in the agenda's order
	 */
	@Transactional(readOnly = true)
	public List<Action> agenda(UUID communityId, int year) {
		return this.entities
			.createQuery("select distinct a from Action a left join fetch a.owners"
					+ " where a.communityId = :community and a.agendaYear = :year" + ORDER, Action.class)
			.setParameter("community", communityId)
			.setParameter("year", year)
			.getResultList();
	}

	/**
	 * An action with its owners, in one query.
	 * @param actionId the action
	 * @return the action, or empty when there is none
	 */
	@Transactional(readOnly = true)
	public Optional<Action> find(UUID actionId) {
		return this.entities
			.createQuery("select a from Action a left join fetch a.owners where a.id = :id", Action.class)
			.setParameter("id", actionId)
			.getResultStream()
			.findFirst();
	}

	/**
	 * One page of the actions on a community's agenda of a year, with their owners.
	 * @param communityId the community
	 * @param year the agenda's year
	 * @param offset how many actions to skip
	 * @param limit how many at most
	 * @return the actions in the agenda's order
	 */
	@Transactional(readOnly = true)
	public List<Action> agenda(UUID communityId, int year, int offset, int limit) {
		List<UUID> ids = this.entities
			.createQuery("select a.id from Action a where a.communityId = :community and a.agendaYear = :year" + ORDER,
					UUID.class)
			.setParameter("community", communityId)
			.setParameter("year", year)
			.setFirstResult(offset)
			.setMaxResults(limit)
			.getResultList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.entities
			.createQuery("select distinct a from Action a left join fetch a.owners where a.id in :ids" + ORDER,
					Action.class)
			.setParameter("ids", ids)
			.getResultList();
	}

	/**
	 * How many actions a community's agenda of a year holds.
	 * @param communityId the community
	 * @param year the agenda's year
	 * @return the number
	 */
	@Transactional(readOnly = true)
	public long count(UUID communityId, int year) {
		return this.entities
			.createQuery("select count(a) from Action a where a.communityId = :community and a.agendaYear = :year",
					Long.class)
			.setParameter("community", communityId)
			.setParameter("year", year)
			.getSingleResult();
	}

	/**
	 * The years of which a community has an agenda with at least one action.
	 * @param communityId the community
	 * @return the years, the earliest first
	 */
	@Transactional(readOnly = true)
	public List<Integer> years(UUID communityId) {
		return this.entities
			.createQuery("select distinct a.agendaYear from Action a where a.communityId = :community"
					+ " order by a.agendaYear", Integer.class)
			.setParameter("community", communityId)
			.getResultList();
	}

	/**
	 * The updates on these actions, in one query.
	 * @param actionIds the actions
	 * @return each action's updates, the newest first, by action id; none for an action
	 * without updates
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<ActionUpdate>> updates(Collection<UUID> actionIds) {
		if (actionIds.isEmpty()) {
			return Map.of();
		}
		return this.updates.findByActionIdInOrderByUpdateOnDescWrittenAtDesc(actionIds)
			.stream()
			.collect(Collectors.groupingBy(ActionUpdate::actionId));
	}

	/**
	 * The actions of a community that a person owns.
	 * @param communityId the community
	 * @param personId the person
	 * @return their actions, with all their owners
	 */
	List<Action> ownedBy(UUID communityId, UUID personId) {
		return this.entities
			.createQuery("select distinct a from Action a left join fetch a.owners"
					+ " where a.communityId = :community and :person member of a.owners", Action.class)
			.setParameter("community", communityId)
			.setParameter("person", personId)
			.getResultList();
	}

}
