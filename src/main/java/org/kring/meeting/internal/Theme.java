package org.kring.meeting.internal;

import java.time.Instant;
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
 * A theme on a community's agenda: proposed by a member, supported by members, and then
 * scheduled onto a meeting, merged into another theme or declined by a facilitator. The
 * rules of who may do what and when live in {@link ThemeAgenda}; this class keeps the
 * state consistent.
 */
@Entity
@Table(name = "meeting_theme")
public class Theme {

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 2000)
	private @Nullable String reason;

	@Column(length = 500)
	private @Nullable String link;

	@Column(name = "proposed_by", nullable = false)
	private UUID proposedBy;

	@Column(name = "proposed_at", nullable = false)
	private Instant proposedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private ThemeState state;

	@Column(name = "support_count", nullable = false)
	private int supportCount;

	@Column(name = "meeting_id")
	private @Nullable UUID meetingId;

	@Column(name = "merged_into")
	private @Nullable UUID mergedInto;

	@Column(name = "decline_reason", length = 1000)
	private @Nullable String declineReason;

	@Column(name = "decided_by")
	private @Nullable UUID decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Version
	private long version;

	protected Theme() {
		// for JPA
	}

	private Theme(UUID communityId, ThemeProposal proposal, UUID proposedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.title = proposal.title();
		this.reason = proposal.reason();
		this.link = proposal.link();
		this.proposedBy = proposedBy;
		this.proposedAt = now;
		this.state = ThemeState.PROPOSED;
	}

	/**
	 * A newly proposed theme, with no support yet.
	 * @param communityId the community whose agenda it goes on
	 * @param proposal what it is
	 * @param proposedBy the member who proposes it
	 * @param now the current time
	 * @return the theme, not yet saved
	 */
	static Theme propose(UUID communityId, ThemeProposal proposal, UUID proposedBy, Instant now) {
		return new Theme(communityId, proposal, proposedBy, now);
	}

	/**
	 * Sets the number of supporters, counted while the theme's row was locked.
	 * @param count the number of supporters
	 */
	void counted(int count) {
		this.supportCount = count;
	}

	/**
	 * Puts the theme on a meeting's agenda.
	 * @param meetingId the meeting
	 * @param by the facilitator
	 * @param now the current time
	 */
	void schedule(UUID meetingId, UUID by, Instant now) {
		require(ThemeState.PROPOSED);
		this.state = ThemeState.SCHEDULED;
		this.meetingId = meetingId;
		decided(by, now);
	}

	/**
	 * Takes the theme off its meeting, back among the proposed themes.
	 * @param by the facilitator
	 * @param now the current time
	 */
	void unschedule(UUID by, Instant now) {
		require(ThemeState.SCHEDULED);
		this.state = ThemeState.PROPOSED;
		this.meetingId = null;
		decided(by, now);
	}

	/**
	 * Marks the theme as treated by its meeting, which was closed.
	 * @param now the current time
	 */
	void done(Instant now) {
		this.state = ThemeState.DONE;
		this.decidedAt = now;
	}

	/**
	 * Folds the theme into another one; its supporters move there separately.
	 * @param target the theme it duplicates
	 * @param by the facilitator
	 * @param now the current time
	 */
	void mergeInto(UUID target, UUID by, Instant now) {
		require(ThemeState.PROPOSED);
		this.state = ThemeState.MERGED;
		this.mergedInto = target;
		this.supportCount = 0;
		decided(by, now);
	}

	/**
	 * Declines the theme.
	 * @param reason why, shown on the agenda
	 * @param by the facilitator
	 * @param now the current time
	 */
	void decline(String reason, UUID by, Instant now) {
		require(ThemeState.PROPOSED);
		this.state = ThemeState.DECLINED;
		this.declineReason = reason;
		decided(by, now);
	}

	private void require(ThemeState expected) {
		if (this.state != expected) {
			throw new IllegalStateException("The theme is " + this.state.name().toLowerCase());
		}
	}

	private void decided(UUID by, Instant now) {
		this.decidedBy = by;
		this.decidedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public String title() {
		return this.title;
	}

	public @Nullable String reason() {
		return this.reason;
	}

	public @Nullable String link() {
		return this.link;
	}

	public UUID proposedBy() {
		return this.proposedBy;
	}

	public Instant proposedAt() {
		return this.proposedAt;
	}

	public ThemeState state() {
		return this.state;
	}

	public int supportCount() {
		return this.supportCount;
	}

	public @Nullable UUID meetingId() {
		return this.meetingId;
	}

	public @Nullable UUID mergedInto() {
		return this.mergedInto;
	}

	public @Nullable String declineReason() {
		return this.declineReason;
	}

	public @Nullable UUID decidedBy() {
		return this.decidedBy;
	}

	public @Nullable Instant decidedAt() {
		return this.decidedAt;
	}

}
