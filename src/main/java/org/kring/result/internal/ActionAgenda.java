package org.kring.result.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.system.KringPrincipal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's yearly action agenda and its rules. Facilitators and administrators put
 * actions on it, change them and name their owners, who must be members of the community.
 * Owners and facilitators report progress and change an action's status; dropping one
 * needs a reason. Someone who may not read the community is answered as if the action did
 * not exist ({@link ActionAccessDenied#hidden()}); anyone else not allowed is refused.
 */
@Service
public class ActionAgenda {

	private final Actions actions;

	private final ActionUpdates updates;

	private final ActionQueries queries;

	private final ResultAccess access;

	private final CommunityManagement communities;

	private final Clock clock;

	ActionAgenda(Actions actions, ActionUpdates updates, ActionQueries queries, ResultAccess access,
			CommunityManagement communities, Clock clock) {
		this.actions = actions;
		this.updates = updates;
		this.queries = queries;
		this.access = access;
		this.communities = communities;
		this.clock = clock;
	}

	/**
	 * An action whoever asks may read.
	 * @param me the signed-in person, or null for a visitor
	 * @param actionId the action
	 * @return the action
	 * @throws ActionAccessDenied (hidden) when there is no such action or they may not
	 * read its community
	 */
	@Transactional(readOnly = true)
	public Action readable(@Nullable KringPrincipal me, UUID actionId) {
		return this.queries.find(actionId)
			.filter((action) -> this.access.canRead(me, action.communityId()))
			.orElseThrow(() -> new ActionAccessDenied(true));
	}

	/**
	 * Puts a new, planned action on a community's agenda.
	 * @param me a facilitator of the community or an administrator
	 * @param communityId the community
	 * @param draft the action
	 * @return the action
	 * @throws ActionRefused for a due date before today or an owner who is not a member
	 * @throws ActionAccessDenied when they may not
	 */
	@Transactional
	public Action plan(KringPrincipal me, UUID communityId, ActionDraft draft) {
		requireFacilitator(me, communityId);
		check(communityId, draft, today());
		return this.actions.save(Action.plan(communityId, draft.agendaYear(), draft.title(), draft.description(),
				draft.dueOn(), draft.owners(), Origin.DIRECT, me.id(), this.clock.instant()));
	}

	/**
	 * Changes an action as it was when the form was opened.
	 * @param me a facilitator of the community or an administrator
	 * @param actionId the action
	 * @param version the action's version the form was opened on
	 * @param draft the action as changed
	 * @return the action
	 * @throws ActionChanged when someone else saved it since; nothing is changed
	 * @throws ActionRefused for a due date before the action was made or an owner who is
	 * not a member
	 * @throws ActionAccessDenied when they may not
	 */
	@Transactional
	public Action revise(KringPrincipal me, UUID actionId, long version, ActionDraft draft) {
		Action action = readable(me, actionId);
		requireFacilitator(me, action.communityId());
		check(action.communityId(), draft, LocalDate.ofInstant(action.createdAt(), this.clock.getZone()));
		if (action.version() != version) {
			throw new ActionChanged();
		}
		action.revise(draft.agendaYear(), draft.title(), draft.description(), draft.dueOn(), draft.owners());
		try {
			return this.actions.saveAndFlush(action);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ActionChanged();
		}
	}

	/**
	 * Reports progress: the action is in progress from then on.
	 * @param me an owner, a facilitator of the community or an administrator
	 * @param actionId the action
	 * @param report the update
	 * @return the update
	 * @throws ActionRefused when the action is done or dropped
	 * @throws ActionAccessDenied when they may not
	 */
	@Transactional
	public ActionUpdate report(KringPrincipal me, UUID actionId, ProgressReport report) {
		Action action = reported(me, actionId, (changed) -> changed.progressed(report.percentage(), now()));
		return this.updates.save(new ActionUpdate(action.id(), report, me.id(), now()));
	}

	/**
	 * Work on a planned action started.
	 * @param me an owner, a facilitator of the community or an administrator
	 * @param actionId the action
	 * @return the action
	 * @throws ActionRefused unless it is planned
	 * @throws ActionAccessDenied when they may not
	 */
	@Transactional
	public Action start(KringPrincipal me, UUID actionId) {
		return reported(me, actionId, (action) -> {
			if (action.status() != ActionStatus.PLANNED) {
				throw new ActionRefused("status", "actions.status.notPlanned");
			}
			action.start(now());
		});
	}

	/**
	 * An open action is done.
	 * @param me an owner, a facilitator of the community or an administrator
	 * @param actionId the action
	 * @return the action
	 * @throws ActionRefused when it is done or dropped already
	 * @throws ActionAccessDenied when they may not
	 */
	@Transactional
	public Action complete(KringPrincipal me, UUID actionId) {
		return reported(me, actionId, (action) -> action.complete(now()));
	}

	/**
	 * An open action is dropped, for a reason.
	 * @param me an owner, a facilitator of the community or an administrator
	 * @param actionId the action
	 * @param reason why, required, at most 1000 characters
	 * @return the action
	 * @throws ActionRefused without a reason, or when it is done or dropped already
	 * @throws ActionAccessDenied when they may not
	 */
	@Transactional
	public Action drop(KringPrincipal me, UUID actionId, @Nullable String reason) {
		String why = ActionDraft.strip(reason);
		return reported(me, actionId, (action) -> {
			if (why == null) {
				throw new ActionRefused("dropReason", "actions.dropReason.required");
			}
			if (why.length() > 1000) {
				throw new ActionRefused("dropReason", "actions.dropReason.tooLong");
			}
			action.drop(why, now());
		});
	}

	private Action reported(KringPrincipal me, UUID actionId, Consumer<Action> change) {
		Action action = readable(me, actionId);
		if (!this.access.mayReport(me, action)) {
			throw new ActionAccessDenied(false);
		}
		if (!action.status().open()) {
			throw new ActionRefused("status", "actions.status.closed");
		}
		change.accept(action);
		return action;
	}

	private void requireFacilitator(KringPrincipal me, UUID communityId) {
		if (!this.access.canRead(me, communityId)) {
			throw new ActionAccessDenied(true);
		}
		if (!this.access.mayFacilitate(me, communityId)) {
			throw new ActionAccessDenied(false);
		}
	}

	private void check(UUID communityId, ActionDraft draft, LocalDate made) {
		if (draft.dueOn() != null && draft.dueOn().isBefore(made)) {
			throw new ActionRefused("dueOn", "actions.dueOn.beforeCreation");
		}
		if (!this.communities.membersOf(communityId).containsAll(draft.owners())) {
			throw new ActionRefused("owners", "actions.owners.notMember");
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
