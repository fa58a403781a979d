package org.kring.community.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A person's application to a community that admits members on approval: their
 * motivation, and a facilitator's decision on it. One per person and community; applying
 * again after a decline reopens it.
 */
@Entity
@Table(name = "membership_application")
public class MembershipApplication {

	public static final int MOTIVATION_MAX_LENGTH = 1000;

	public static final int NOTE_MAX_LENGTH = 1000;

	/**
	 * Where an application stands.
	 */
	public enum Status {

		PENDING, APPROVED, DECLINED

	}

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Column(name = "person_id", nullable = false)
	private UUID personId;

	@Column(name = "motivation", nullable = false, length = MOTIVATION_MAX_LENGTH)
	private String motivation;

	@Column(name = "language", nullable = false, length = 8)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private Status status;

	@Column(name = "applied_at", nullable = false)
	private Instant appliedAt;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "decided_by")
	private @Nullable UUID decidedBy;

	@Column(name = "note", length = NOTE_MAX_LENGTH)
	private @Nullable String note;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected MembershipApplication() {
	}

	MembershipApplication(UUID communityId, UUID personId, String motivation, Locale language, Instant now) {
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.personId = personId;
		this.status = Status.PENDING;
		submit(motivation, language, now);
	}

	/**
	 * Applies once more after a decline, or after leaving a community one was admitted
	 * to.
	 * @param newMotivation the motivation
	 * @param newLanguage the language the applicant uses, for the mail with the decision
	 * @param now the moment
	 * @throws MembershipRefused when the application still waits for a decision
	 */
	public void reapply(String newMotivation, Locale newLanguage, Instant now) {
		if (this.status == Status.PENDING) {
			throw new MembershipRefused("membership.apply.pending");
		}
		this.status = Status.PENDING;
		this.decidedAt = null;
		this.decidedBy = null;
		this.note = null;
		submit(newMotivation, newLanguage, now);
	}

	/**
	 * Approves the application; the person is then admitted as a member.
	 * @param facilitator who decides
	 * @param now the moment
	 * @throws MembershipRefused when someone already decided
	 */
	public void approve(UUID facilitator, Instant now) {
		decide(Status.APPROVED, facilitator, null, now);
	}

	/**
	 * Declines the application.
	 * @param facilitator who decides
	 * @param reason an optional note for the applicant
	 * @param now the moment
	 * @throws MembershipRefused when someone already decided
	 */
	public void decline(UUID facilitator, @Nullable String reason, Instant now) {
		String kept = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		if (kept != null && kept.length() > NOTE_MAX_LENGTH) {
			throw new IllegalArgumentException("A note has at most " + NOTE_MAX_LENGTH + " characters");
		}
		decide(Status.DECLINED, facilitator, kept, now);
	}

	private void decide(Status decision, UUID facilitator, @Nullable String reason, Instant now) {
		if (this.status != Status.PENDING) {
			throw alreadyDecided();
		}
		this.status = decision;
		this.decidedBy = facilitator;
		this.decidedAt = now;
		this.note = reason;
	}

	/**
	 * The refusal that tells a facilitator someone else decided first; the page fills in
	 * the name of {@link #decidedBy()}.
	 * @return the refusal
	 */
	MembershipRefused alreadyDecided() {
		return new MembershipRefused((this.status == Status.APPROVED) ? "membership.application.alreadyApproved"
				: "membership.application.alreadyDeclined");
	}

	private void submit(String text, Locale applicantLanguage, Instant now) {
		String stripped = text.strip();
		if (stripped.isEmpty() || stripped.length() > MOTIVATION_MAX_LENGTH) {
			throw new IllegalArgumentException("A motivation has 1 to " + MOTIVATION_MAX_LENGTH + " characters");
		}
		this.motivation = stripped;
		this.language = applicantLanguage.getLanguage();
		this.appliedAt = now;
	}

	public boolean pending() {
		return this.status == Status.PENDING;
	}

	public UUID id() {
		return this.id;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public UUID personId() {
		return this.personId;
	}

	public String motivation() {
		return this.motivation;
	}

	public Locale language() {
		return Locale.of(this.language);
	}

	public Status status() {
		return this.status;
	}

	public Instant appliedAt() {
		return this.appliedAt;
	}

	public @Nullable Instant decidedAt() {
		return this.decidedAt;
	}

	public @Nullable UUID decidedBy() {
		return this.decidedBy;
	}

	public @Nullable String note() {
		return this.note;
	}

}
