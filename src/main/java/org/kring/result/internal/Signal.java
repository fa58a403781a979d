package org.kring.result.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;
import org.kring.system.search.SearchReaders;
import org.kring.system.search.SearchTexts;
import org.kring.system.search.Searchable;
import org.kring.system.search.SearchableBinder;

/**
 * A joint signal or recommendation addressed to an authority: an organisation of a
 * government kind, or a named office. It goes from draft to sent, acknowledged, answered
 * and followed up, and keeps when it reached each state. Who may move it lives in the
 * services; this class keeps the states in order and refuses a step out of turn with
 * {@link SignalRefused}.
 */
@Entity
@Indexed(index = "signal")
@TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))
@Table(name = "result_signal")
public class Signal implements Searchable {

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private SignalKind kind;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 8000)
	private @Nullable String body;

	@Column(length = 8000)
	private @Nullable String evidence;

	@Column(length = 4000)
	private @Nullable String ask;

	@Column(name = "authority_id")
	private @Nullable UUID authorityId;

	@Column(name = "authority_office", length = 200)
	private @Nullable String authorityOffice;

	@Column(name = "contact_name", length = 120)
	private @Nullable String contactName;

	@Column(name = "contact_email", length = 254)
	private @Nullable String contactEmail;

	@Column(name = "contact_language", length = 8)
	private @Nullable String contactLanguage;

	@Embedded
	private @Nullable Origin origin;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private SignalState state;

	@Column(name = "created_by", nullable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "sent_by")
	private @Nullable UUID sentBy;

	@Column(name = "sent_at")
	private @Nullable Instant sentAt;

	@Column(name = "acknowledged_at")
	private @Nullable Instant acknowledgedAt;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	@Column(length = 8000)
	private @Nullable String answer;

	@Column(name = "answered_by", length = 120)
	private @Nullable String answeredBy;

	@Column(name = "followed_up_at")
	private @Nullable Instant followedUpAt;

	@Enumerated(EnumType.STRING)
	@Column(length = 24)
	private @Nullable FollowUpOutcome outcome;

	@Column(name = "follow_up_note", length = 4000)
	private @Nullable String followUpNote;

	@Column(name = "answer_token_hash", length = 64)
	private @Nullable String answerTokenHash;

	@Column(name = "reminder_due_at")
	private @Nullable Instant reminderDueAt;

	@Column(name = "reminded_at")
	private @Nullable Instant remindedAt;

	@Version
	private long version;

	protected Signal() {
		// for JPA
	}

	private Signal(UUID communityId, SignalKind kind, SignalText text, Authority authority, Origin origin,
			UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.kind = kind;
		this.origin = origin;
		this.state = SignalState.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		write(text, authority);
	}

	/**
	 * A new draft.
	 * @param communityId the community that signs it
	 * @param kind a signal or a recommendation
	 * @param text its title, text, evidence and ask
	 * @param authority whom it addresses
	 * @param origin the meeting it came from, or {@link Origin#DIRECT}
	 * @param createdBy who wrote it (for a signal from a meeting: who closed the meeting)
	 * @param now the time
	 * @return the draft
	 */
	public static Signal draft(UUID communityId, SignalKind kind, SignalText text, Authority authority, Origin origin,
			UUID createdBy, Instant now) {
		return new Signal(communityId, kind, text, authority, origin, createdBy, now);
	}

	/**
	 * Changes the text and the authority of a draft.
	 * @param text the new text
	 * @param authority whom it addresses
	 * @throws SignalRefused {@code signal.not-draft} once it was sent
	 */
	public void revise(SignalText text, Authority authority) {
		requireState("state", "signal.not-draft", SignalState.DRAFT);
		write(text, authority);
	}

	private void write(SignalText text, Authority authority) {
		this.title = text.title();
		this.body = text.body();
		this.evidence = text.evidence();
		this.ask = text.ask();
		this.authorityId = authority.organisationId();
		this.authorityOffice = authority.office();
	}

	/**
	 * Sends a draft to the authority's contact.
	 * @param contact who at the authority gets it
	 * @param tokenHash the hash of the secret in their personal link
	 * @param by who sent it
	 * @param now the time
	 * @param reminderDue when to remind them if they have not answered
	 * @throws SignalRefused {@code signal.not-draft} once it was sent,
	 * {@code signal.body.required} or {@code signal.ask.required} when the draft lacks
	 * its text or what it asks
	 */
	public void send(Contact contact, String tokenHash, UUID by, Instant now, Instant reminderDue) {
		requireState("state", "signal.not-draft", SignalState.DRAFT);
		if (this.body == null) {
			throw new SignalRefused("body", "signal.body.required");
		}
		if (this.ask == null) {
			throw new SignalRefused("ask", "signal.ask.required");
		}
		this.contactName = contact.name();
		this.contactEmail = contact.email();
		this.contactLanguage = contact.language();
		this.answerTokenHash = tokenHash;
		this.sentBy = by;
		this.sentAt = now;
		this.reminderDueAt = reminderDue;
		this.state = SignalState.SENT;
	}

	/**
	 * The authority says it received the signal.
	 * @param now the time
	 * @throws SignalRefused {@code signal.not-sent} unless it was sent and not yet
	 * acknowledged or answered
	 */
	public void acknowledge(Instant now) {
		requireState("state", "signal.not-sent", SignalState.SENT);
		this.acknowledgedAt = now;
		this.state = SignalState.ACKNOWLEDGED;
	}

	/**
	 * The authority answers; an answer without an acknowledgement acknowledges too.
	 * @param text the answer, published with the signal
	 * @param by the name the answer is signed with
	 * @param now the time
	 * @throws SignalRefused {@code signal.already-answered} once answered,
	 * {@code signal.not-sent} for a draft
	 */
	public void answer(String text, String by, Instant now) {
		if (this.state == SignalState.ANSWERED || this.state == SignalState.FOLLOWED_UP) {
			throw new SignalRefused("answer", "signal.already-answered");
		}
		requireState("state", "signal.not-sent", SignalState.SENT, SignalState.ACKNOWLEDGED);
		if (this.acknowledgedAt == null) {
			this.acknowledgedAt = now;
		}
		this.answer = text;
		this.answeredBy = by;
		this.answeredAt = now;
		this.state = SignalState.ANSWERED;
	}

	/**
	 * The community records what came of the answer.
	 * @param outcome implemented, partly or not
	 * @param note what they found, or null
	 * @param now the time
	 * @throws SignalRefused {@code signal.not-answered} before the answer or once
	 * followed up
	 */
	public void followUp(FollowUpOutcome outcome, @Nullable String note, Instant now) {
		requireState("outcome", "signal.not-answered", SignalState.ANSWERED);
		this.outcome = outcome;
		this.followUpNote = note;
		this.followedUpAt = now;
		this.state = SignalState.FOLLOWED_UP;
	}

	/**
	 * Whether the authority should get its one reminder now: sent or acknowledged, not
	 * answered, the reminder due and not yet sent.
	 * @param now the time
	 * @return true when it is due
	 */
	public boolean reminderDue(Instant now) {
		return (this.state == SignalState.SENT || this.state == SignalState.ACKNOWLEDGED) && this.remindedAt == null
				&& this.reminderDueAt != null && !this.reminderDueAt.isAfter(now);
	}

	private void requireState(String field, String messageKey, SignalState... allowed) {
		for (SignalState state : allowed) {
			if (this.state == state) {
				return;
			}
		}
		throw new SignalRefused(field, messageKey);
	}

	public UUID id() {
		return this.id;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public SignalKind kind() {
		return this.kind;
	}

	public String title() {
		return this.title;
	}

	public @Nullable String body() {
		return this.body;
	}

	public @Nullable String evidence() {
		return this.evidence;
	}

	public @Nullable String ask() {
		return this.ask;
	}

	public SignalText text() {
		return new SignalText(this.title, this.body, this.evidence, this.ask);
	}

	public Authority authority() {
		return new Authority(this.authorityId, this.authorityOffice);
	}

	public @Nullable Contact contact() {
		return (this.contactEmail != null)
				? new Contact(this.contactName != null ? this.contactName : "", this.contactEmail, this.contactLanguage)
				: null;
	}

	public Origin origin() {
		return Origin.orDirect(this.origin);
	}

	public SignalState state() {
		return this.state;
	}

	public UUID createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable UUID sentBy() {
		return this.sentBy;
	}

	public @Nullable Instant sentAt() {
		return this.sentAt;
	}

	public @Nullable Instant acknowledgedAt() {
		return this.acknowledgedAt;
	}

	public @Nullable Instant answeredAt() {
		return this.answeredAt;
	}

	public @Nullable String answer() {
		return this.answer;
	}

	public @Nullable String answeredBy() {
		return this.answeredBy;
	}

	public @Nullable Instant followedUpAt() {
		return this.followedUpAt;
	}

	public @Nullable FollowUpOutcome outcome() {
		return this.outcome;
	}

	public @Nullable String followUpNote() {
		return this.followUpNote;
	}

	public @Nullable String answerTokenHash() {
		return this.answerTokenHash;
	}

	public @Nullable Instant reminderDueAt() {
		return this.reminderDueAt;
	}

	public @Nullable Instant remindedAt() {
		return this.remindedAt;
	}

	public long version() {
		return this.version;
	}

	@Override
	public String searchType() {
		return "signal";
	}

	@Override
	public String searchTitle() {
		return this.title;
	}

	@Override
	public @Nullable String searchSummary() {
		return this.ask;
	}

	@Override
	public @Nullable String searchBody() {
		return SearchTexts.join(this.body, this.evidence, this.answer);
	}

	@Override
	public UUID searchCommunity() {
		return this.communityId;
	}

	/**
	 * A draft is its community's members' only; once sent, whoever reads the community's.
	 */
	@Override
	public Set<String> searchReaders() {
		return (this.state == SignalState.DRAFT) ? Set.of(SearchReaders.MEMBERS) : Set.of(SearchReaders.PUBLIC);
	}

	@Override
	public Instant searchDate() {
		return (this.sentAt != null) ? this.sentAt : this.createdAt;
	}

}
