package org.kring.account.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.InstanceRole;
import org.kring.account.internal.Person;
import org.kring.system.KringPrincipal;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a login, as kept in the web session: their id, how to greet them, and
 * their instance-wide role. Kept small because sessions live in the database.
 */
public final class SignedInPerson implements UserDetails, CredentialsContainer, KringPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final String email;

	private final String displayName;

	private final @Nullable String preferredLanguage;

	private final boolean administrator;

	private final boolean coordinator;

	private final boolean enabled;

	private @Nullable String passwordHash;

	SignedInPerson(UUID id, String email, String displayName, @Nullable Locale preferredLanguage, InstanceRole role,
			boolean enabled, @Nullable String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.preferredLanguage = (preferredLanguage != null) ? preferredLanguage.toLanguageTag() : null;
		this.administrator = role == InstanceRole.ADMINISTRATOR;
		this.coordinator = role == InstanceRole.COORDINATOR;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public static SignedInPerson of(Person person) {
		String email = person.email();
		return new SignedInPerson(person.id(), (email != null) ? email : "", person.displayName(),
				person.preferredLanguage(), person.role(), person.canLogIn(), person.passwordHash());
	}

	@Override
	public UUID id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public @Nullable Locale preferredLanguage() {
		return (this.preferredLanguage != null) ? Locale.forLanguageTag(this.preferredLanguage) : null;
	}

	@Override
	public boolean administrator() {
		return this.administrator;
	}

	@Override
	public boolean coordinator() {
		return this.coordinator;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_MEMBER"));
		if (this.coordinator) {
			authorities.add(new SimpleGrantedAuthority("ROLE_COORDINATOR"));
		}
		if (this.administrator) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInPerson person && person.id.equals(this.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "SignedInPerson[" + this.id + "]";
	}

}
