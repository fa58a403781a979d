package org.kring.community.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;

/**
 * Records a change of membership in the history and tells the other modules of it, in the
 * transaction of the change. A repository, so that a clash found by its flushes (a double
 * click, two people at once) arrives as Spring's data-access exceptions, which the flows
 * answer with a message, and not as a server error.
 */
@Repository
class MembershipRecorder {

	private final MembershipHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Memberships memberships;

	private final EntityManager entityManager;

	MembershipRecorder(MembershipHistory history, ApplicationEventPublisher events, Clock clock,
			Memberships memberships, EntityManager entityManager) {
		this.history = history;
		this.events = events;
		this.clock = clock;
		this.memberships = memberships;
		this.entityManager = entityManager;
	}

	/**
	 * Saves a new membership at once, so that a second one of the same person (a double
	 * click, two tabs) fails on the unique constraint here and not at commit.
	 */
	Membership admit(Membership membership) {
		Membership saved = this.memberships.save(membership);
		flush();
		return saved;
	}

	/** Writes pending changes now, so that a concurrent change fails inside the step. */
	void flush() {
		this.entityManager.flush();
	}

	Instant now() {
		return this.clock.instant();
	}

	void record(UUID communityId, MembershipEventKind kind, @Nullable UUID actor, @Nullable UUID subject,
			@Nullable CommunityRole role, @Nullable Object event) {
		this.history.record(communityId, kind, actor, subject, null, role, now());
		if (event != null) {
			this.events.publishEvent(event);
		}
	}

	void recordInvitation(Invitation invitation, MembershipEventKind kind, @Nullable UUID actor,
			@Nullable Object event) {
		this.history.record(invitation.communityId(), kind, actor, null, invitation.email(), invitation.role(), now());
		if (event != null) {
			this.events.publishEvent(event);
		}
	}

}
