package org.kring.account.internal;

import org.kring.account.EmailAddresses;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;

/**
 * A person with an account. Holds as little as an account needs: a display name that may
 * be a nickname, an e-mail address once verified, a password hash and a language.
 */
@Entity
@Table(name = "person")
public class Person {

	@Id
	private UUID id;

	@Column(name = "display_name", nullable = false, length = 80)
	private String displayName;

	@Column(name = "email", length = 254)
	private @Nullable String email;

	@Column(name = "email_verified_at")
	private @Nullable Instant emailVerifiedAt;

	@Column(name = "password_hash")
	private @Nullable String passwordHash;

	@Column(name = "preferred_language", length = 8)
	private @Nullable String preferredLanguage;

	@Column(name = "administrator", nullable = false)
	private boolean administrator;

	@Column(name = "coordinator", nullable = false)
	private boolean coordinator;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "erased_at")
	private @Nullable Instant erasedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Person() {
	}

	private Person(String displayName, @Nullable String email, Instant now) {
		this.id = UUID.randomUUID();
		this.displayName = displayName;
		this.email = (email != null) ? EmailAddresses.normalize(email) : null;
		this.createdAt = now;
	}

	/**
	 * A person who signed up themselves; their address is unverified until they follow
	 * the link sent to it.
	 * @param displayName the name to show, a nickname is fine
	 * @param email the address to verify
	 * @param passwordHash the hash of the chosen password
	 * @param now the moment of sign-up
	 * @return the new person
	 */
	public static Person signUp(String displayName, String email, String passwordHash, Instant now) {
		Person person = new Person(displayName, email, now);
		person.passwordHash = passwordHash;
		return person;
	}

	/**
	 * A person the instance itself sets up, such as a demo person: address verified,
	 * password chosen.
	 * @param displayName the name to show
	 * @param email the address, verified by the instance
	 * @param passwordHash the hash of the password
	 * @param language the preferred interface language, or null for the browser's
	 * @param role the person's role on the whole instance
	 * @param now the moment of creation
	 * @return the new person
	 */
	public static Person verified(String displayName, String email, String passwordHash, @Nullable Locale language,
			InstanceRole role, Instant now) {
		Person person = signUp(displayName, email, passwordHash, now);
		person.emailVerifiedAt = now;
		person.assignRole(role);
		person.preferLanguage(language);
		return person;
	}

	/**
	 * Gives the person a role on the whole instance, replacing the one they had.
	 * @param role the new role
	 */
	public void assignRole(InstanceRole role) {
		this.administrator = role == InstanceRole.ADMINISTRATOR;
		this.coordinator = role == InstanceRole.COORDINATOR;
	}

	/**
	 * The first administrator of a production instance: verified by construction (the
	 * address comes from the operator), without a password until they set one through the
	 * one-time link.
	 * @param email the administrator's address
	 * @param now the moment of creation
	 * @return the new administrator
	 */
	static Person administrator(String email, Instant now) {
		Person person = new Person("Administrator", email, now);
		person.emailVerifiedAt = now;
		person.administrator = true;
		return person;
	}

	/**
	 * Makes the owner of the configured administrator address administrator. An address
	 * nobody had verified may have been signed up by someone else, who then knows the
	 * password: it is verified now, and its password is dropped until the owner chooses
	 * one through the set-password link.
	 * @param now the moment of promotion
	 */
	void makeAdministrator(Instant now) {
		if (this.emailVerifiedAt == null) {
			this.passwordHash = null;
			this.emailVerifiedAt = now;
		}
		this.administrator = true;
	}

	void verifyEmail(Instant now) {
		if (this.emailVerifiedAt == null) {
			this.emailVerifiedAt = now;
		}
	}

	void changeEmail(String newEmail, Instant now) {
		this.email = EmailAddresses.normalize(newEmail);
		this.emailVerifiedAt = now;
	}

	void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
	}

	void rename(String newDisplayName) {
		this.displayName = newDisplayName;
	}

	void preferLanguage(@Nullable Locale language) {
		this.preferredLanguage = (language != null) ? language.getLanguage() : null;
	}

	/**
	 * Erases everything personal: the person stays only as an anonymous "former member"
	 * so that what others wrote in reply still makes sense.
	 * @param now the moment of erasure
	 */
	void erase(Instant now) {
		this.displayName = AccountManagement.FORMER_MEMBER;
		this.email = null;
		this.emailVerifiedAt = null;
		this.passwordHash = null;
		this.preferredLanguage = null;
		this.administrator = false;
		this.coordinator = false;
		this.erasedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public @Nullable String email() {
		return this.email;
	}

	public boolean emailVerified() {
		return this.emailVerifiedAt != null;
	}

	public @Nullable Instant emailVerifiedAt() {
		return this.emailVerifiedAt;
	}

	/**
	 * The hash of the password, for checking one typed at login.
	 * @return the hash, or null while the account has no password
	 */
	public @Nullable String passwordHash() {
		return this.passwordHash;
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

	public @Nullable Locale preferredLanguage() {
		return (this.preferredLanguage != null) ? Locale.forLanguageTag(this.preferredLanguage) : null;
	}

	/**
	 * The language to speak to the person in.
	 * @param page the language of the page they are on
	 * @return the language they chose in their profile, else the page's
	 */
	public Locale languageOr(Locale page) {
		Locale preferred = preferredLanguage();
		return (preferred != null) ? preferred : page;
	}

	public boolean administrator() {
		return this.administrator;
	}

	public boolean coordinator() {
		return this.coordinator;
	}

	/**
	 * The person's role on the whole instance.
	 * @return administrator, coordinator or member
	 */
	public InstanceRole role() {
		if (this.administrator) {
			return InstanceRole.ADMINISTRATOR;
		}
		return this.coordinator ? InstanceRole.COORDINATOR : InstanceRole.MEMBER;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public boolean erased() {
		return this.erasedAt != null;
	}

	/**
	 * Whether this person may log in: not erased, address verified.
	 * @return true when a login may succeed
	 */
	public boolean canLogIn() {
		return !erased() && emailVerified();
	}

}
