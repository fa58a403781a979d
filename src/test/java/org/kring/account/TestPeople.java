package org.kring.account;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Saved people for tests, each with a fresh address so that tests sharing a database do
 * not meet.
 */
class TestPeople {

	static final String PASSWORD = "violet-kettle-morning-19";

	private final People people;

	private final PasswordEncoder passwordEncoder;

	TestPeople(People people, PasswordEncoder passwordEncoder) {
		this.people = people;
		this.passwordEncoder = passwordEncoder;
	}

	Person verified(String displayName) {
		Person person = Person.signUp(displayName, uniqueEmail(displayName), this.passwordEncoder.encode(PASSWORD),
				Instant.now());
		person.verifyEmail(Instant.now());
		return this.people.save(person);
	}

	Person withoutPassword(String displayName) {
		Person person = Person.administrator(uniqueEmail(displayName), Instant.now());
		person.rename(displayName);
		return this.people.save(person);
	}

	Person reload(Person person) {
		return this.people.findById(person.id()).orElseThrow();
	}

	static String uniqueEmail(String hint) {
		return hint.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@test.example";
	}

}
