package org.kring.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.account.internal.PasswordPolicy;
import org.kring.account.internal.People;
import org.kring.account.internal.Person;
import org.kring.account.internal.TestPeople;
import org.mockito.ArgumentCaptor;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class AccountManagementTests {

	private static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");

	private static final String PASSWORD = "orchard-tram-velvet-88";

	private final People people = mock(People.class);

	private final PasswordEncoder encoder = mock(PasswordEncoder.class);

	private AccountManagement accounts;

	@BeforeEach
	void setUp() {
		given(this.encoder.encode(anyString())).willAnswer((call) -> "hashed:" + call.getArgument(0));
		given(this.people.save(any(Person.class))).willAnswer((call) -> call.getArgument(0));
		this.accounts = new AccountManagement(this.people, this.encoder, new PasswordPolicy(),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void aSummaryShowsTheAddressOnlyOnceItIsVerified() {
		Person unverified = Person.signUp("Nadia", "nadia@test.example", "hash", NOW);
		given(this.people.findById(unverified.id())).willReturn(Optional.of(unverified));
		assertThat(this.accounts.find(unverified.id())).get().satisfies((summary) -> {
			assertThat(summary.displayName()).isEqualTo("Nadia");
			assertThat(summary.email()).isNull();
			assertThat(summary.erased()).isFalse();
		});
		TestPeople.verifyEmail(unverified, NOW);
		assertThat(this.accounts.find(unverified.id())).get()
			.extracting(PersonSummary::email)
			.isEqualTo("nadia@test.example");
	}

	@Test
	void anUnknownIdIsFoundEmpty() {
		given(this.people.findById(any())).willReturn(Optional.empty());
		assertThat(this.accounts.find(UUID.randomUUID())).isEmpty();
	}

	@Test
	void anErasedPersonIsShownAsFormerMember() {
		Person person = Person.signUp("Nadia", "nadia@test.example", "hash", NOW);
		TestPeople.erase(person, NOW);
		given(this.people.findById(person.id())).willReturn(Optional.of(person));
		assertThat(this.accounts.displayNameOf(person.id())).isEqualTo("former member");
		assertThat(this.accounts.find(person.id())).get().satisfies((summary) -> {
			assertThat(summary.erased()).isTrue();
			assertThat(summary.email()).isNull();
		});
	}

	@Test
	void anUnknownIdIsShownAsFormerMember() {
		given(this.people.findById(any())).willReturn(Optional.empty());
		assertThat(this.accounts.displayNameOf(UUID.randomUUID())).isEqualTo(AccountManagement.FORMER_MEMBER);
	}

	@Test
	void namesOfSeveralPeopleComeFromOneQueryWithAnAnswerForEveryId() {
		Person nadia = Person.signUp("Nadia", "nadia@test.example", "hash", NOW);
		UUID unknown = UUID.randomUUID();
		given(this.people.findAllById(any())).willReturn(List.of(nadia));
		Map<UUID, String> names = this.accounts.displayNamesOf(Set.of(nadia.id(), unknown));
		assertThat(names).containsEntry(nadia.id(), "Nadia")
			.containsEntry(unknown, AccountManagement.FORMER_MEMBER)
			.hasSize(2);
		verify(this.people, times(1)).findAllById(any());
	}

	@Test
	void coordinatorsAreSummarisedWithTheAddressAndLanguageTheirMailNeeds() {
		Person coordinator = Person.verified("Cora", "cora@test.example", "hash", Locale.FRENCH,
				InstanceRole.COORDINATOR, NOW);
		given(this.people.findReachableCoordinators()).willReturn(List.of(coordinator));
		assertThat(this.accounts.coordinators()).singleElement().satisfies((summary) -> {
			assertThat(summary.id()).isEqualTo(coordinator.id());
			assertThat(summary.displayName()).isEqualTo("Cora");
			assertThat(summary.email()).isEqualTo("cora@test.example");
			assertThat(summary.preferredLanguage()).isEqualTo(Locale.FRENCH);
			assertThat(summary.coordinator()).isTrue();
		});
	}

	@Test
	void aVerifiedAccountIsCreatedWithLanguageAndHashedPassword() {
		UUID id = this.accounts.createVerified("  Nadia  ", " Nadia@Test.Example ", PASSWORD, Locale.FRENCH,
				InstanceRole.MEMBER);
		ArgumentCaptor<Person> saved = ArgumentCaptor.forClass(Person.class);
		verify(this.people).save(saved.capture());
		Person person = saved.getValue();
		assertThat(person.id()).isEqualTo(id);
		assertThat(person.displayName()).isEqualTo("Nadia");
		assertThat(person.email()).isEqualTo("nadia@test.example");
		assertThat(person.emailVerified()).isTrue();
		assertThat(person.canLogIn()).isTrue();
		assertThat(person.preferredLanguage()).isEqualTo(Locale.FRENCH);
		assertThat(person.passwordHash()).isEqualTo("hashed:" + PASSWORD);
		assertThat(person.administrator()).isFalse();
	}

	@Test
	void aCoordinatorIsNeitherAdministratorNorPlainMember() {
		this.accounts.createVerified("Jonas", "jonas@test.example", PASSWORD, null, InstanceRole.COORDINATOR);
		ArgumentCaptor<Person> saved = ArgumentCaptor.forClass(Person.class);
		verify(this.people).save(saved.capture());
		assertThat(saved.getValue().role()).isEqualTo(InstanceRole.COORDINATOR);
		assertThat(saved.getValue().coordinator()).isTrue();
		assertThat(saved.getValue().administrator()).isFalse();
	}

	@Test
	void anAdministratorIsCreatedWithTheGivenNameAndPassword() {
		this.accounts.createVerified("Mira", "mira@test.example", PASSWORD, null, InstanceRole.ADMINISTRATOR);
		ArgumentCaptor<Person> saved = ArgumentCaptor.forClass(Person.class);
		verify(this.people).save(saved.capture());
		assertThat(saved.getValue().administrator()).isTrue();
		assertThat(saved.getValue().displayName()).isEqualTo("Mira");
		assertThat(saved.getValue().passwordHash()).isEqualTo("hashed:" + PASSWORD);
		assertThat(saved.getValue().preferredLanguage()).isNull();
	}

	@Test
	void anAddressInUseIsRefused() {
		given(this.people.existsByEmail("nadia@test.example")).willReturn(true);
		assertThatIllegalStateException().isThrownBy(
				() -> this.accounts.createVerified("Nadia", "NADIA@test.example", PASSWORD, null, InstanceRole.MEMBER));
		verify(this.people, never()).save(any());
	}

	@Test
	void aPasswordThePolicyRefusesIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.accounts.createVerified("Nadia", "nadia@test.example", "short", null, InstanceRole.MEMBER));
		assertThatIllegalArgumentException().isThrownBy(() -> this.accounts.createVerified("Nadia",
				"nadia@test.example", "password1234", null, InstanceRole.MEMBER));
		verify(this.people, never()).save(any());
	}

	@Test
	void aBlankOrOverlongNameAnImplausibleAddressOrAnUnofferedLanguageIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.accounts.createVerified("  ", "nadia@test.example", PASSWORD, null, InstanceRole.MEMBER));
		assertThatIllegalArgumentException().isThrownBy(() -> this.accounts.createVerified("n".repeat(81),
				"nadia@test.example", PASSWORD, null, InstanceRole.MEMBER));
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.accounts.createVerified("Nadia", "not an address", PASSWORD, null, InstanceRole.MEMBER));
		assertThatIllegalArgumentException().isThrownBy(() -> this.accounts.createVerified("Nadia",
				"nadia@test.example", PASSWORD, Locale.GERMAN, InstanceRole.MEMBER));
		verify(this.people, never()).save(any());
	}

}
