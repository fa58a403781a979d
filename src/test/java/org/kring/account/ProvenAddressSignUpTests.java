package org.kring.account;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.system.KringPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Signing up through a link another module mailed: verified at once and logged in.
 */
@Tag("database")
class ProvenAddressSignUpTests extends RunningInstance {

	@Autowired
	ProvenAddressSignUp signUp;

	@Autowired
	AccountManagement accounts;

	@Test
	void aProvenAddressGetsAVerifiedAccountAndALoggedInSession() {
		String email = newAddress("invitee");
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.getSession(true);
		try {
			UUID id = this.signUp.signUpAndLogIn(" Noor ", email.toUpperCase(Locale.ROOT), PASSWORD, Locale.of("ar"),
					request, new MockHttpServletResponse());
			PersonSummary person = this.accounts.find(id).orElseThrow();
			assertThat(person.displayName()).isEqualTo("Noor");
			assertThat(person.email()).as("verified, normalised").isEqualTo(email);
			assertThat(person.preferredLanguage()).isEqualTo(Locale.of("ar"));
			assertThat(person.coordinator() || person.administrator()).isFalse();
			SecurityContext saved = (SecurityContext) request.getSession()
				.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			assertThat(saved).isNotNull();
			assertThat(saved.getAuthentication().getPrincipal()).isInstanceOfSatisfying(KringPrincipal.class,
					(me) -> assertThat(me.id()).isEqualTo(id));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void anAddressWithAnAccountIsNotSignedUpAgain() {
		String email = verifiedAccount("Basma");
		assertThat(this.signUp.hasAccount(email.toUpperCase(Locale.ROOT))).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> this.signUp.signUpAndLogIn("Other", email, PASSWORD,
				Locale.ENGLISH, new MockHttpServletRequest(), new MockHttpServletResponse()));
	}

	@Test
	void problemsAreNamedPerField() {
		String email = newAddress("someone");
		assertThat(this.signUp.problems(" ", email, "short"))
			.containsEntry("displayName", "account.displayName.required")
			.containsEntry("password", "account.password.short");
		assertThat(this.signUp.problems("Noor", email, PASSWORD)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> this.signUp.signUpAndLogIn("Noor", email, "short",
				Locale.ENGLISH, new MockHttpServletRequest(), new MockHttpServletResponse()));
		assertThat(this.signUp.hasAccount(email)).isFalse();
	}

}
