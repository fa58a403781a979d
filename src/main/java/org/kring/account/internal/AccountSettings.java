package org.kring.account.internal;

import org.kring.account.EmailAddresses;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.PersonRenamed;
import org.kring.account.PersonalData;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in person changes about their own account: name, language, e-mail
 * address, password, and the account's deletion. Every method acts on the person given by
 * id, which comes from the signed-in principal, never from a request parameter.
 */
@Service
public class AccountSettings {

	public static final String FIELD_EMAIL = "newEmail";

	public static final String FIELD_EMAIL_PASSWORD = "emailPassword";

	public static final String FIELD_CURRENT_PASSWORD = "currentPassword";

	public static final String FIELD_NEW_PASSWORD = "newPassword";

	public static final String FIELD_DELETE_PASSWORD = "deletePassword";

	public static final String FIELD_DELETE_CONFIRMATION = "deleteConfirmation";

	private final People people;

	private final AccountTokens tokens;

	private final AccountTokenRepository tokenRepository;

	private final PendingEmailChanges pendingEmailChanges;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final AccountMails mails;

	private final List<PersonalData> personalData;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountSettings(People people, AccountTokens tokens, AccountTokenRepository tokenRepository,
			PendingEmailChanges pendingEmailChanges, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			AccountMails mails, List<PersonalData> personalData, ApplicationEventPublisher events, Clock clock) {
		this.people = people;
		this.tokens = tokens;
		this.tokenRepository = tokenRepository;
		this.pendingEmailChanges = pendingEmailChanges;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.mails = mails;
		this.personalData = personalData;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The signed-in person as stored now, with the new addresses they asked for and have
	 * not confirmed yet.
	 * @param personId the signed-in person's id
	 * @return the person's profile
	 * @throws AccessDeniedException when the account no longer exists or was erased
	 */
	@Transactional(readOnly = true)
	public Profile load(UUID personId) {
		return new Profile(current(personId), this.pendingEmailChanges.of(personId, this.clock.instant()));
	}

	@Transactional
	public Person rename(UUID personId, String displayName) {
		Person person = current(personId);
		person.rename(displayName.strip());
		this.events.publishEvent(new PersonRenamed(personId, person.displayName()));
		return person;
	}

	@Transactional
	public Person chooseLanguage(UUID personId, @Nullable Locale language) {
		Person person = current(personId);
		person.preferLanguage(language);
		return person;
	}

	/**
	 * Starts a change of e-mail address: the new address gets a link, the old one a
	 * notice. When another account already uses the new address, its owner is told
	 * instead and no link is sent; the person asking sees the same answer either way.
	 * @param personId the signed-in person
	 * @param newEmail the new address, plausible
	 * @param currentPassword the current password, required when the account has one
	 * @param language the language of the mail when the person chose none
	 * @return why the change was refused, or empty when the mail went out
	 */
	@Transactional
	public Optional<Rejection> requestEmailChange(UUID personId, String newEmail, @Nullable String currentPassword,
			Locale language) {
		Person person = current(personId);
		if (person.hasPassword() && !passwordMatches(person, currentPassword)) {
			return Optional.of(new Rejection(FIELD_EMAIL_PASSWORD, "profile.currentPassword.wrong"));
		}
		String normalized = EmailAddresses.normalize(newEmail);
		if (normalized.equals(person.email())) {
			return Optional.of(new Rejection(FIELD_EMAIL, "profile.email.same"));
		}
		Optional<Person> owner = this.people.findByEmail(normalized);
		if (owner.isPresent()) {
			this.mails.addressInUse(owner.get(), language);
		}
		else {
			String token = this.tokens.issue(person, AccountToken.Purpose.CHANGE_EMAIL, normalized);
			this.mails.confirmNewAddress(person, normalized, token, language);
		}
		this.mails.newAddressAsked(person, normalized, language);
		return Optional.empty();
	}

	/**
	 * Whether a link to confirm a new address is usable by the signed-in person, without
	 * using it.
	 * @param personId the signed-in person
	 * @param token the secret from the link
	 * @return the new address the link confirms, or empty when the link is unknown, used,
	 * expired or someone else's
	 */
	@Transactional(readOnly = true)
	public Optional<String> peekEmailChange(UUID personId, @Nullable String token) {
		return emailChangeLink(personId, token).map(AccountToken::newEmail);
	}

	/**
	 * Confirms a new address through the link sent to it: the address changes now, and
	 * the link stops working.
	 * @param personId the signed-in person
	 * @param token the secret from the link
	 * @return the outcome
	 */
	@Transactional
	public EmailConfirmation confirmEmailChange(UUID personId, @Nullable String token) {
		Optional<AccountToken> link = emailChangeLink(personId, token);
		String newEmail = link.map(AccountToken::newEmail).orElse(null);
		if (link.isEmpty() || newEmail == null) {
			return EmailConfirmation.invalid();
		}
		link.get().use(this.clock.instant());
		if (this.people.existsByEmail(newEmail)) {
			return EmailConfirmation.taken();
		}
		Person person = current(personId);
		String oldEmail = person.email();
		person.changeEmail(newEmail, this.clock.instant());
		return EmailConfirmation.changed(person, oldEmail);
	}

	/**
	 * Changes the password after checking the current one; unused password-reset links
	 * stop working.
	 * @param personId the signed-in person
	 * @param currentPassword the current password, required when the account has one
	 * @param newPassword the new password, checked by the {@link PasswordPolicy}
	 * @return why the change was refused, or empty when it was made
	 */
	@Transactional
	public Optional<Rejection> changePassword(UUID personId, @Nullable String currentPassword,
			@Nullable String newPassword) {
		Person person = current(personId);
		if (person.hasPassword() && !passwordMatches(person, currentPassword)) {
			return Optional.of(new Rejection(FIELD_CURRENT_PASSWORD, "profile.currentPassword.wrong"));
		}
		Optional<String> problem = this.passwordPolicy.problem(newPassword, person.email(), person.displayName());
		if (problem.isPresent()) {
			return Optional.of(new Rejection(FIELD_NEW_PASSWORD, ProfileMessages.ownKey(problem.get())));
		}
		person.changePassword(this.passwordEncoder.encode(newPassword));
		this.tokenRepository.useAllOf(personId, AccountToken.Purpose.RESET_PASSWORD, this.clock.instant());
		return Optional.empty();
	}

	/**
	 * Deletes the account after checking the current password (or, for an account without
	 * one, the confirmation word): every module erases what it holds about the person, in
	 * one transaction, and the person remains only as a "former member" so that other
	 * people's content stays intact.
	 * @param personId the signed-in person
	 * @param currentPassword the current password, required when the account has one
	 * @param confirmation the confirmation word, required when the account has no
	 * password
	 * @param confirmationWords the words accepted as confirmation
	 * @return why the deletion was refused, or empty when the account is gone
	 */
	@Transactional
	public Optional<Rejection> deleteAccount(UUID personId, @Nullable String currentPassword,
			@Nullable String confirmation, List<String> confirmationWords) {
		Person person = current(personId);
		if (person.hasPassword()) {
			if (!passwordMatches(person, currentPassword)) {
				return Optional.of(new Rejection(FIELD_DELETE_PASSWORD, "profile.currentPassword.wrong"));
			}
		}
		else if (confirmation == null
				|| confirmationWords.stream().noneMatch((word) -> word.equalsIgnoreCase(confirmation.strip()))) {
			return Optional.of(new Rejection(FIELD_DELETE_CONFIRMATION, "profile.delete.confirmation.wrong"));
		}
		erase(personId);
		return Optional.empty();
	}

	/**
	 * Erases a person through every module's {@link PersonalData}, the account's own
	 * last, so that the others can still read the person while they erase.
	 * @param personId the person
	 */
	@Transactional
	public void erase(UUID personId) {
		this.personalData.stream()
			.sorted(Comparator.comparing((PersonalData data) -> AccountPersonalData.SECTION.equals(data.section())))
			.forEach((data) -> data.erase(personId));
	}

	private Optional<AccountToken> emailChangeLink(UUID personId, @Nullable String token) {
		return this.tokens.peek(token, AccountToken.Purpose.CHANGE_EMAIL)
			.filter((link) -> link.personId().equals(personId));
	}

	private Person current(UUID personId) {
		return this.people.findById(personId)
			.filter((person) -> !person.erased())
			.orElseThrow(() -> new AccessDeniedException("This account no longer exists"));
	}

	private boolean passwordMatches(Person person, @Nullable String raw) {
		String hash = person.passwordHash();
		if (hash == null || raw == null || raw.isEmpty() || raw.length() > PasswordPolicy.MAX_LENGTH * 2) {
			return false;
		}
		return this.passwordEncoder.matches(raw, hash);
	}

	/**
	 * A person's own account, as their profile shows it.
	 *
	 * @param person the person as stored now
	 * @param pendingEmails the new addresses waiting for their link to be followed,
	 * newest first
	 */
	public record Profile(Person person, List<String> pendingEmails) {
	}

	/**
	 * What following a link to confirm a new address did.
	 *
	 * @param outcome what happened
	 * @param person the person with the new address, when it changed
	 * @param oldEmail the address before the change, when it changed
	 */
	public record EmailConfirmation(Outcome outcome, @Nullable Person person, @Nullable String oldEmail) {

		public enum Outcome {

			CHANGED, INVALID, TAKEN

		}

		static EmailConfirmation changed(Person person, @Nullable String oldEmail) {
			return new EmailConfirmation(Outcome.CHANGED, person, oldEmail);
		}

		static EmailConfirmation invalid() {
			return new EmailConfirmation(Outcome.INVALID, null, null);
		}

		public static EmailConfirmation taken() {
			return new EmailConfirmation(Outcome.TAKEN, null, null);
		}

	}

}
