package org.kring.expertise.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * One state a nomination reached, when, and who moved it there: null for the candidate
 * before they had an account, or for the platform itself.
 */
@Embeddable
public class NominationStep {

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false, length = 20)
	private NominationState state;

	@Column(name = "at", nullable = false)
	private Instant at;

	@Column(name = "actor_id")
	private @Nullable UUID actorId;

	@SuppressWarnings("NullAway.Init")
	protected NominationStep() {
	}

	NominationStep(NominationState state, Instant at, @Nullable UUID actorId) {
		this.state = state;
		this.at = at;
		this.actorId = actorId;
	}

	public NominationState state() {
		return this.state;
	}

	public Instant at() {
		return this.at;
	}

	public @Nullable UUID actorId() {
		return this.actorId;
	}

}
