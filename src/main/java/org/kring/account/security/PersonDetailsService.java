package org.kring.account.security;

import org.kring.account.EmailAddresses;
import org.kring.account.internal.People;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the person behind a login by their e-mail address, however it was typed.
 */
@Service
public class PersonDetailsService implements UserDetailsService {

	private final People people;

	PersonDetailsService(People people) {
		this.people = people;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.people.findByEmail(EmailAddresses.normalize(email))
			.filter((person) -> !person.erased())
			.map(SignedInPerson::of)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
