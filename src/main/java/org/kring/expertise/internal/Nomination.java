package org.kring.expertise.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A candidate nominated for a community and one or more expertise fields, from the
 * nomination to the invitation, the answer, active membership and alumni. The candidate
 * is a person with an account or an e-mail address until its owner accepts. Every
 * transition is kept as a {@link NominationStep}. While the nomination is open,
 * {@code openCandidate} holds the person's id or the lower-cased address, so that the
 * database refuses a second open nomination of the same candidate in the same community.
 */
@Entity
@Table(name = "expertise_nomination")
public class Nomination {

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Column(name = "person_id")
	private @Nullable UUID personId;

	@Column(name = "email", length = 320)
	private @Nullable String email;

	@Column(name = "candidate_name", length = 120)
	private @Nullable String candidateName;

	@Column(name = "organisation_id")
	private @Nullable UUID organisationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false, length = 20)
	private NominationState state;

	@Column(name = "open_candidate", length = 320)
	private @Nullable String openCandidate;

	@Column(name = "note", length = 2000)
	private @Nullable String note;

	@Column(name = "token_hash", length = 64)
	private @Nullable String tokenHash;

	@Column(name = "earlier_token_hash", length = 64)
	private @Nullable String earlierTokenHash;

	@Column(name = "invited_at")
	private @Nullable Instant invitedAt;

	@Column(name = "reminded_at")
	private @Nullable Instant remindedAt;

	@Column(name = "nominated_by", nullable = false)
	private UUID nominatedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "expertise_nomination_field", joinColumns = @JoinColumn(name = "nomination_id"))
	@Column(name = "field_code", nullable = false, length = 40)
	private Set<String> fields = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "expertise_nomination_step", joinColumns = @JoinColumn(name = "nomination_id"))
	@OrderColumn(name = "position")
	private List<NominationStep> steps = new ArrayList<>();

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Nomination() {
	}

	private Nomination(UUID communityId, @Nullable UUID personId, @Nullable String email, Set<String> fields,
			@Nullable UUID organisationId, @Nullable String note, UUID nominatedBy, Instant now) {
		if (fields.isEmpty()) {
			throw new IllegalArgumentException("A nomination is for at least one field");
		}
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.personId = personId;
		this.email = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : null;
		this.fields = new LinkedHashSet<>(fields);
		this.organisationId = organisationId;
		this.note = note;
		this.nominatedBy = nominatedBy;
		this.createdAt = now;
		this.state = NominationState.NOMINATED;
		this.openCandidate = candidateKey();
		this.steps.add(new NominationStep(NominationState.NOMINATED, now, nominatedBy));
	}

	/**
	 * Nominates a person with an account.
	 */
	static Nomination ofPerson(UUID communityId, UUID personId, Set<String> fields, @Nullable UUID organisationId,
			@Nullable String note, UUID nominatedBy, Instant now) {
		return new Nomination(communityId, personId, null, fields, organisationId, note, nominatedBy, now);
	}

	/**
	 * Nominates an e-mail address without an account behind it.
	 */
	static Nomination ofAddress(UUID communityId, String email, Set<String> fields, @Nullable UUID organisationId,
			@Nullable String note, UUID nominatedBy, Instant now) {
		return new Nomination(communityId, null, email, fields, organisationId, note, nominatedBy, now);
	}

	/**
	 * What identifies a candidate among a community's open nominations.
	 * @param personId the person, when known
	 * @param email the address, used when the person is not known
	 * @return the person's id, or else the lower-cased address
	 */
	static String candidateKey(@Nullable UUID personId, @Nullable String email) {
		if (personId != null) {
			return personId.toString();
		}
		if (email == null) {
			throw new IllegalArgumentException("A candidate is a person or an address");
		}
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private String candidateKey() {
		return candidateKey(this.personId, this.email);
	}

	/**
	 * Sends the candidate an invitation; the link carries a secret of which this keeps
	 * the hash.
	 */
	void invite(String tokenHash, UUID actor, Instant now) {
		move(NominationState.INVITED, actor, now);
		this.tokenHash = tokenHash;
		this.invitedAt = now;
		this.remindedAt = null;
	}

	/**
	 * The candidate accepted, as the person they are (now) signed in as.
	 */
	void accept(UUID person, Instant now) {
		move(NominationState.ACCEPTED, person, now);
		this.personId = person;
		this.openCandidate = candidateKey();
	}

	/**
	 * Gives the reminder a link of its own; the first mail's link keeps working.
	 */
	void remind(String newTokenHash) {
		if (this.state != NominationState.INVITED) {
			throw new RecruitmentRefused("recruitment.refused.reminder");
		}
		this.earlierTokenHash = this.tokenHash;
		this.tokenHash = newTokenHash;
	}

	/** The candidate declined; who declined is null when they have no account. */
	void decline(@Nullable UUID actor, Instant now) {
		move(NominationState.DECLINED, actor, now);
	}

	/** A nominator withdrew the nomination or the invitation. */
	void withdraw(UUID actor, Instant now) {
		move(NominationState.WITHDRAWN, actor, now);
	}

	/**
	 * The candidate became an expert member; the actor is null when the platform saw it.
	 */
	void activate(@Nullable UUID actor, Instant now) {
		move(NominationState.ACTIVE, actor, now);
	}

	/** The active expert left the community or a nominator marked them alumni. */
	void retire(@Nullable UUID actor, Instant now) {
		move(NominationState.ALUMNI, actor, now);
	}

	private void move(NominationState next, @Nullable UUID actor, Instant now) {
		if (!this.state.mayBecome(next)) {
			throw new RecruitmentRefused("recruitment.refused.transition");
		}
		this.state = next;
		this.openCandidate = next.open() ? candidateKey() : null;
		this.steps.add(new NominationStep(next, now, actor));
	}

	public UUID id() {
		return this.id;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public @Nullable UUID personId() {
		return this.personId;
	}

	public @Nullable String email() {
		return this.email;
	}

	public @Nullable UUID organisationId() {
		return this.organisationId;
	}

	public NominationState state() {
		return this.state;
	}

	public @Nullable String openCandidate() {
		return this.openCandidate;
	}

	public @Nullable String note() {
		return this.note;
	}

	public @Nullable String tokenHash() {
		return this.tokenHash;
	}

	public @Nullable Instant invitedAt() {
		return this.invitedAt;
	}

	public @Nullable Instant remindedAt() {
		return this.remindedAt;
	}

	public UUID nominatedBy() {
		return this.nominatedBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Set<String> fields() {
		return Collections.unmodifiableSet(this.fields);
	}

	public List<NominationStep> steps() {
		return Collections.unmodifiableList(this.steps);
	}

	/**
	 * Who moved the nomination to a state last.
	 * @param wanted the state
	 * @return the actor, or null when nobody (known) did
	 */
	public @Nullable UUID actorOf(NominationState wanted) {
		for (NominationStep step : this.steps.reversed()) {
			if (step.state() == wanted) {
				return step.actorId();
			}
		}
		return null;
	}

}
