package org.kring.account.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * People for tests: saved ones, each with a fresh address so that tests sharing a
 * database do not meet, and the changes to a person that only the account's own services
 * make.
 */
public class TestPeople {

	public static final String PASSWORD = "violet-kettle-morning-19";

	private final People people;

	private final String passwordHash;

	public TestPeople(People people, PasswordEncoder passwordEncoder) {
		this.people = people;
		// hashed once: every person gets the same password, and hashing takes its time
		this.passwordHash = passwordEncoder.encode(PASSWORD);
	}

	public Person verified(String displayName) {
		Person person = Person.signUp(displayName, uniqueEmail(displayName), this.passwordHash, Instant.now());
		person.verifyEmail(Instant.now());
		return this.people.save(person);
	}

	public Person withoutPassword(String displayName) {
		Person person = Person.administrator(uniqueEmail(displayName), Instant.now());
		person.rename(displayName);
		return this.people.save(person);
	}

	public Person reload(Person person) {
		return this.people.findById(person.id()).orElseThrow();
	}

	public static void verifyEmail(Person person, Instant now) {
		person.verifyEmail(now);
	}

	public static void erase(Person person, Instant now) {
		person.erase(now);
	}

	public static String uniqueEmail(String hint) {
		return hint.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@test.example";
	}

}
