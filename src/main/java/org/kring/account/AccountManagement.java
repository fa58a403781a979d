package org.kring.account;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.EmailAddresses;
import org.kring.account.internal.PasswordPolicy;
import org.kring.account.internal.People;
import org.kring.account.internal.Person;
import org.kring.system.web.Languages;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's front door for other modules and for the demo data: who a person
 * is, by id, and how to show them. Never returns null; absent people are empty results,
 * and an erased person is shown as {@link #FORMER_MEMBER}.
 */
@Service
public class AccountManagement {

	/** The longest display name a person may choose. */
	public static final int DISPLAY_NAME_MAX_LENGTH = 80;

	/**
	 * The display name that replaces an erased person's, wherever their content remains.
	 */
	public static final String FORMER_MEMBER = "former member";

	private final People people;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	AccountManagement(People people, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, Clock clock) {
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
	}

	/**
	 * Finds a person by id, erased ones included (they show as {@link #FORMER_MEMBER}).
	 * @param personId the person's id
	 * @return the person, or empty when no account ever had this id
	 */
	@Transactional(readOnly = true)
	public Optional<PersonSummary> find(UUID personId) {
		return this.people.findById(personId).map(PersonSummary::of);
	}

	/**
	 * Finds the account that uses an e-mail address, however it is typed. Meant for the
	 * instance itself (demo data, administration), never to answer a visitor whether an
	 * address has an account.
	 * @param email an e-mail address
	 * @return the person using it, or empty when no account does
	 */
	@Transactional(readOnly = true)
	public Optional<PersonSummary> findByEmail(String email) {
		return this.people.findByEmail(EmailAddresses.normalize(email)).map(PersonSummary::of);
	}

	/**
	 * The name to show for a person, for content they wrote or things they own.
	 * @param personId the person's id
	 * @return their display name; {@link #FORMER_MEMBER} when they erased their account
	 * or no such account exists; never null
	 */
	@Transactional(readOnly = true)
	public String displayNameOf(UUID personId) {
		return this.people.findById(personId).map(Person::displayName).orElse(FORMER_MEMBER);
	}

	/**
	 * The names to show for several people at once, in one query, for list pages.
	 * @param personIds the people's ids
	 * @return a name for every id asked for, {@link #FORMER_MEMBER} for unknown ids;
	 * never null
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> displayNamesOf(Collection<UUID> personIds) {
		Map<UUID, String> names = new HashMap<>();
		for (Person person : this.people.findAllById(personIds)) {
			names.put(person.id(), person.displayName());
		}
		for (UUID id : personIds) {
			names.putIfAbsent(id, FORMER_MEMBER);
		}
		return names;
	}

	/**
	 * The verified addresses of several people at once, in one query, for a list whose
	 * people chose to show their address (such as a community's members).
	 * @param personIds the people's ids
	 * @return an address for every person who has a verified one; erased, unverified and
	 * unknown people are left out
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> emailsOf(Collection<UUID> personIds) {
		Map<UUID, String> emails = new HashMap<>();
		if (personIds.isEmpty()) {
			return emails;
		}
		for (Person person : this.people.findAllById(personIds)) {
			if (person.emailVerified() && !person.erased() && person.email() != null) {
				emails.put(person.id(), person.email());
			}
		}
		return emails;
	}

	/**
	 * The coordinators who can be reached by mail, for telling them of something that
	 * needs their attention, each in their own language.
	 * @return the coordinators who did not erase their account and have a verified
	 * address, so that each summary's {@link PersonSummary#email()} is set; oldest
	 * account first; empty when there are none
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> coordinators() {
		return this.people.findReachableCoordinators().stream().map(PersonSummary::of).toList();
	}

	/**
	 * Creates an account whose address counts as verified, for accounts the instance
	 * itself sets up (demo data). People signing up go through e-mail verification
	 * instead.
	 * @param displayName the name to show, a nickname is fine; at most
	 * {@value #DISPLAY_NAME_MAX_LENGTH} characters
	 * @param email the address, which must be plausible and not used by another account
	 * @param rawPassword a password that {@link PasswordPolicy} accepts
	 * @param language the preferred interface language, or null for the browser's
	 * @param role the person's role on the whole instance
	 * @return the new person's id
	 * @throws IllegalArgumentException when the name, address, password or language is
	 * not acceptable
	 * @throws IllegalStateException when another account already uses the address
	 */
	@Transactional
	public UUID createVerified(String displayName, String email, String rawPassword, @Nullable Locale language,
			InstanceRole role) {
		String name = displayName.strip();
		if (name.isEmpty() || name.length() > DISPLAY_NAME_MAX_LENGTH) {
			throw new IllegalArgumentException("A display name needs 1 to " + DISPLAY_NAME_MAX_LENGTH + " characters");
		}
		if (!EmailAddresses.isPlausible(email)) {
			throw new IllegalArgumentException("Not an e-mail address: " + email);
		}
		if (language != null && !Languages.isSupported(language)) {
			throw new IllegalArgumentException("Not an interface language: " + language);
		}
		this.passwordPolicy.problem(rawPassword, email, name).ifPresent((problem) -> {
			throw new IllegalArgumentException("The password is not acceptable: " + problem);
		});
		String normalized = EmailAddresses.normalize(email);
		if (this.people.existsByEmail(normalized)) {
			throw new IllegalStateException("Another account already uses " + normalized);
		}
		Person person = Person.verified(name, normalized, this.passwordEncoder.encode(rawPassword), language, role,
				this.clock.instant());
		return this.people.save(person).id();
	}

	/**
	 * Gives a person a role on the whole instance. Takes effect at their next login.
	 * @param personId the person
	 * @param role the new role
	 * @throws java.util.NoSuchElementException when no such person exists or they erased
	 * their account
	 */
	@Transactional
	public void assignRole(UUID personId, InstanceRole role) {
		this.people.findById(personId).filter((person) -> !person.erased()).orElseThrow().assignRole(role);
	}

}
