package org.kring.meeting.internal;

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
 * One registration for a meeting: of a person with an account, of a visitor who confirms
 * by mail, or of a participant a facilitator registered by nickname. {@link #position()}
 * is the order of arrival, handed out under the meeting's row lock when the registration
 * takes a seat or a place on the waiting list.
 */
@Entity
@Table(name = "meeting_registration")
public class Registration {

	/** What an erased person's registrations are called. */
	public static final String ERASED_NAME = "—";

	@Id
	private UUID id;

	@Column(name = "meeting_id", nullable = false)
	private UUID meetingId;

	@Column(name = "person_id")
	private @Nullable UUID personId;

	@Column(length = 80)
	private @Nullable String name;

	@Column(length = 320)
	private @Nullable String email;

	@Column(length = 10)
	private @Nullable String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private RegistrationState state;

	@Column(nullable = false)
	private long position;

	@Column(name = "confirm_token_hash", length = 64)
	private @Nullable String confirmTokenHash;

	@Column(name = "cancel_token_hash", nullable = false, length = 64)
	private String cancelTokenHash;

	@Column(name = "dietary_needs", length = 500)
	private @Nullable String dietaryNeeds;

	@Column(name = "accessibility_needs", length = 500)
	private @Nullable String accessibilityNeeds;

	@Column(name = "interpretation_language", length = 10)
	private @Nullable String interpretationLanguage;

	@Column(name = "free_text", length = 1000)
	private @Nullable String freeText;

	@Column(name = "registered_by")
	private @Nullable UUID registeredBy;

	@Column(name = "walk_in", nullable = false)
	private boolean walkIn;

	private @Nullable Boolean attended;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "confirmed_at")
	private @Nullable Instant confirmedAt;

	@Column(name = "promoted_at")
	private @Nullable Instant promotedAt;

	@Column(name = "cancelled_at")
	private @Nullable Instant cancelledAt;

	@Column(name = "reminded_at")
	private @Nullable Instant remindedAt;

	@Version
	private long version;

	protected Registration() {
		// for JPA
	}

	private Registration(UUID meetingId, String cancelTokenHash, Instant now) {
		this.id = UUID.randomUUID();
		this.meetingId = meetingId;
		this.cancelTokenHash = cancelTokenHash;
		this.createdAt = now;
		this.state = RegistrationState.UNCONFIRMED;
	}

	/**
	 * A registration of a person with an account; it takes its place with {@link #take}.
	 * @param meetingId the meeting
	 * @param personId the person
	 * @param cancelTokenHash the hash of the secret in the cancellation link
	 * @param now the current time
	 * @return the registration, not yet saved
	 */
	public static Registration ofPerson(UUID meetingId, UUID personId, String cancelTokenHash, Instant now) {
		Registration registration = new Registration(meetingId, cancelTokenHash, now);
		registration.personId = personId;
		return registration;
	}

	/**
	 * A visitor's registration, waiting for them to confirm through the mail.
	 * @param meetingId the meeting
	 * @param name the name or nickname they gave
	 * @param email their address
	 * @param language the language of the page they registered on, for their mails
	 * @param confirmTokenHash the hash of the secret in the confirmation link
	 * @param cancelTokenHash the hash of the secret in the cancellation link
	 * @param now the current time
	 * @return the registration, not yet saved
	 */
	public static Registration ofVisitor(UUID meetingId, String name, String email, Locale language,
			String confirmTokenHash, String cancelTokenHash, Instant now) {
		Registration registration = new Registration(meetingId, cancelTokenHash, now);
		registration.name = name;
		registration.email = email;
		registration.language = language.toLanguageTag();
		registration.confirmTokenHash = confirmTokenHash;
		return registration;
	}

	/**
	 * A participant a facilitator registers by nickname only, without an address.
	 * @param meetingId the meeting
	 * @param nickname the nickname
	 * @param facilitator who registered them
	 * @param cancelTokenHash the hash of a secret nobody is told
	 * @param now the current time
	 * @return the registration, not yet saved; it takes its place with {@link #take}
	 */
	public static Registration byNickname(UUID meetingId, String nickname, UUID facilitator, String cancelTokenHash,
			Instant now) {
		Registration registration = new Registration(meetingId, cancelTokenHash, now);
		registration.name = nickname;
		registration.registeredBy = facilitator;
		return registration;
	}

	/**
	 * Someone who came without registering, added by a facilitator to the attendance.
	 * @param meetingId the meeting
	 * @param nickname their nickname
	 * @param facilitator who added them
	 * @param position the next place in the meeting's order
	 * @param cancelTokenHash the hash of a secret nobody is told
	 * @param now the current time
	 * @return the registration, confirmed and attended, not yet saved
	 */
	public static Registration walkIn(UUID meetingId, String nickname, UUID facilitator, long position,
			String cancelTokenHash, Instant now) {
		Registration registration = byNickname(meetingId, nickname, facilitator, cancelTokenHash, now);
		registration.walkIn = true;
		registration.attended = true;
		registration.state = RegistrationState.CONFIRMED;
		registration.position = position;
		registration.confirmedAt = now;
		return registration;
	}

	/**
	 * Takes a seat, or a place on the waiting list when there is none.
	 * @param position the next place in the meeting's order
	 * @param seatFree whether a seat is free
	 * @param cancelTokenHash the hash of the secret in the cancellation link the mail
	 * that tells of the place carries
	 * @param now the current time
	 */
	public void take(long position, boolean seatFree, String cancelTokenHash, Instant now) {
		this.position = position;
		this.cancelTokenHash = cancelTokenHash;
		this.state = seatFree ? RegistrationState.CONFIRMED : RegistrationState.WAITING;
		this.confirmedAt = now;
		this.cancelledAt = null;
		this.promotedAt = null;
	}

	/**
	 * Registers again after a cancellation, with new answers and a new cancellation
	 * secret; the registration then takes a new place with {@link #take}, or waits for
	 * the visitor's confirmation.
	 * @param answers the answers
	 * @param cancelTokenHash the hash of the new cancellation secret
	 * @param confirmTokenHash the hash of the new confirmation secret, for a visitor, or
	 * null
	 */
	public void renew(RegistrationAnswers answers, String cancelTokenHash, @Nullable String confirmTokenHash) {
		answer(answers);
		this.cancelTokenHash = cancelTokenHash;
		this.confirmTokenHash = confirmTokenHash;
		this.state = RegistrationState.UNCONFIRMED;
		this.remindedAt = null;
		this.attended = null;
	}

	/**
	 * Records the answers to the meeting's questions.
	 * @param answers the answers, already limited to the questions the meeting asks
	 */
	public void answer(RegistrationAnswers answers) {
		this.dietaryNeeds = answers.dietaryNeeds();
		this.accessibilityNeeds = answers.accessibilityNeeds();
		this.interpretationLanguage = answers.interpretationLanguage();
		this.freeText = answers.freeText();
	}

	/**
	 * Moves from the waiting list to a seat that came free, with a new cancellation link
	 * for the mail that says so.
	 * @param cancelTokenHash the hash of the secret in the new cancellation link
	 * @param now the current time
	 */
	public void promote(String cancelTokenHash, Instant now) {
		this.state = RegistrationState.CONFIRMED;
		this.cancelTokenHash = cancelTokenHash;
		this.promotedAt = now;
	}

	/**
	 * Gives up the seat or the place on the waiting list.
	 * @param now the current time
	 */
	public void cancel(Instant now) {
		this.state = RegistrationState.CANCELLED;
		this.cancelledAt = now;
		this.confirmTokenHash = null;
	}

	/**
	 * Records whether the person came.
	 * @param came true when they came
	 */
	public void attend(boolean came) {
		this.attended = came;
	}

	/**
	 * Removes everything that tells who registered, keeping the registration as a number
	 * in the meeting's counts.
	 */
	public void anonymise() {
		this.personId = null;
		this.name = ERASED_NAME;
		this.email = null;
		this.dietaryNeeds = null;
		this.accessibilityNeeds = null;
		this.interpretationLanguage = null;
		this.freeText = null;
		this.confirmTokenHash = null;
	}

	public UUID id() {
		return this.id;
	}

	public UUID meetingId() {
		return this.meetingId;
	}

	public @Nullable UUID personId() {
		return this.personId;
	}

	public @Nullable String name() {
		return this.name;
	}

	public @Nullable String email() {
		return this.email;
	}

	/**
	 * The language a visitor registered in, for their mails.
	 * @return the language, or null for a person with an account
	 */
	public @Nullable Locale language() {
		return (this.language != null) ? Locale.forLanguageTag(this.language) : null;
	}

	public RegistrationState state() {
		return this.state;
	}

	public long position() {
		return this.position;
	}

	public @Nullable String dietaryNeeds() {
		return this.dietaryNeeds;
	}

	public @Nullable String accessibilityNeeds() {
		return this.accessibilityNeeds;
	}

	public @Nullable String interpretationLanguage() {
		return this.interpretationLanguage;
	}

	public @Nullable String freeText() {
		return this.freeText;
	}

	public @Nullable UUID registeredBy() {
		return this.registeredBy;
	}

	public boolean walkIn() {
		return this.walkIn;
	}

	public @Nullable Boolean attended() {
		return this.attended;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant confirmedAt() {
		return this.confirmedAt;
	}

	public @Nullable Instant promotedAt() {
		return this.promotedAt;
	}

	public @Nullable Instant cancelledAt() {
		return this.cancelledAt;
	}

	public @Nullable Instant remindedAt() {
		return this.remindedAt;
	}

}
