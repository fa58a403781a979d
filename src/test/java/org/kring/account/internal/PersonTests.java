package org.kring.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.account.security.SignedInPerson;

import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class PersonTests {

	private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

	@Test
	void signedUpPersonMayLogInOnlyOnceTheAddressIsVerified() {
		Person person = Person.signUp("Lale", " Lale@Example.ORG ", "hash", NOW);
		assertThat(person.email()).isEqualTo("lale@example.org");
		assertThat(person.canLogIn()).isFalse();
		person.verifyEmail(NOW.plusSeconds(60));
		assertThat(person.canLogIn()).isTrue();
		assertThat(person.emailVerifiedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void verifyingAgainKeepsTheFirstMoment() {
		Person person = Person.signUp("Lale", "lale@example.org", "hash", NOW);
		person.verifyEmail(NOW);
		person.verifyEmail(NOW.plusSeconds(3600));
		assertThat(person.emailVerifiedAt()).isEqualTo(NOW);
	}

	@Test
	void firstAdministratorIsVerifiedAndHasNoPassword() {
		Person admin = Person.administrator("Admin@Example.org", NOW);
		assertThat(admin.administrator()).isTrue();
		assertThat(admin.emailVerified()).isTrue();
		assertThat(admin.passwordHash()).isNull();
		assertThat(admin.email()).isEqualTo("admin@example.org");
	}

	@Test
	void promotingAnUnverifiedAccountDropsItsPassword() {
		Person person = Person.signUp("Someone", "admin@example.org", "hash of a password someone else chose", NOW);
		person.makeAdministrator(NOW);
		assertThat(person.administrator()).isTrue();
		assertThat(person.emailVerified()).isTrue();
		assertThat(person.passwordHash()).isNull();
	}

	@Test
	void promotingAVerifiedAccountKeepsItsPassword() {
		Person person = Person.signUp("Owner", "admin@example.org", "hash", NOW);
		person.verifyEmail(NOW);
		person.makeAdministrator(NOW);
		assertThat(person.administrator()).isTrue();
		assertThat(person.passwordHash()).isEqualTo("hash");
	}

	@Test
	void erasedPersonKeepsNothingPersonalAndCannotLogIn() {
		Person person = Person.signUp("Lale", "lale@example.org", "hash", NOW);
		person.verifyEmail(NOW);
		person.preferLanguage(Locale.of("nl"));
		person.erase(NOW);
		assertThat(person.displayName()).isEqualTo(AccountManagement.FORMER_MEMBER);
		assertThat(person.email()).isNull();
		assertThat(person.passwordHash()).isNull();
		assertThat(person.preferredLanguage()).isNull();
		assertThat(person.canLogIn()).isFalse();
	}

	@Test
	void signedInPersonIsEnabledOnlyWhenThePersonMayLogIn() {
		Person person = Person.signUp("Lale", "lale@example.org", "hash", NOW);
		assertThat(SignedInPerson.of(person).isEnabled()).isFalse();
		person.verifyEmail(NOW);
		SignedInPerson signedIn = SignedInPerson.of(person);
		assertThat(signedIn.isEnabled()).isTrue();
		assertThat(signedIn.displayName()).isEqualTo("Lale");
		signedIn.eraseCredentials();
		assertThat(signedIn.getPassword()).isNull();
	}

	@Test
	void instanceRoleDecidesTheAuthoritiesOfTheLogin() {
		Person person = Person.verified("Lale", "lale@example.org", "hash", null, InstanceRole.MEMBER, NOW);
		assertThat(authorities(person)).containsExactly("ROLE_MEMBER");
		person.assignRole(InstanceRole.COORDINATOR);
		assertThat(authorities(person)).containsExactlyInAnyOrder("ROLE_MEMBER", "ROLE_COORDINATOR");
		assertThat(SignedInPerson.of(person).coordinator()).isTrue();
		person.assignRole(InstanceRole.ADMINISTRATOR);
		assertThat(authorities(person)).containsExactlyInAnyOrder("ROLE_MEMBER", "ROLE_ADMIN");
		person.erase(NOW);
		assertThat(person.role()).isEqualTo(InstanceRole.MEMBER);
	}

	private static List<String> authorities(Person person) {
		return SignedInPerson.of(person).getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

}
