package org.kring.account.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.kring.account.internal.Person;
import org.kring.account.internal.TestPeople;
import org.kring.account.security.SignedInPerson;
import org.kring.account.web.ProfileTestConfiguration.TestSessions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The whole application with the real security chain, driven through MockMvc, on the test
 * database, with Ada, a person with a verified address and the password
 * {@link TestPeople#PASSWORD}, saved afresh for every test. The test classes that extend
 * it share one context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ProfileTestConfiguration.class)
@Tag("database")
abstract class ProfileTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople testPeople;

	@Autowired
	TestSessions sessions;

	Person ada;

	@BeforeEach
	void ada() {
		this.ada = this.testPeople.verified("Ada Quillfeather");
	}

	/**
	 * A request by a person signed in, without a stored session.
	 * @param person the person
	 * @return what makes the request theirs
	 */
	static RequestPostProcessor signedIn(Person person) {
		SignedInPerson principal = SignedInPerson.of(person);
		principal.eraseCredentials();
		return user(principal);
	}

}
