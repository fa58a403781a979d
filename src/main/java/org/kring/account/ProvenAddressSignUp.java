package org.kring.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.account.EmailAddresses;
import org.kring.account.internal.PasswordPolicy;
import org.kring.account.internal.People;
import org.kring.account.internal.Person;
import org.kring.account.security.SessionLogin;
import org.kring.system.web.Languages;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sign-up for a person who followed a link that another module mailed to their address,
 * such as an invitation to a community. Following the link proves the address, so the
 * account is verified at once and the person is logged in on the spot: no second mail.
 * Only for addresses the calling module itself mailed a secret link to.
 */
@Service
public class ProvenAddressSignUp {

	private final People people;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final SessionLogin sessionLogin;

	private final TransactionOperations transactions;

	private final Clock clock;

	ProvenAddressSignUp(People people, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			SessionLogin sessionLogin, TransactionOperations transactions, Clock clock) {
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.sessionLogin = sessionLogin;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * What is wrong with a sign-up as typed, field by field.
	 * @param displayName the name to show, a nickname is fine
	 * @param email the proven address
	 * @param password the chosen password
	 * @return message keys by field name ({@code displayName}, {@code password}); empty
	 * when the sign-up may go ahead
	 */
	public Map<String, String> problems(@Nullable String displayName, String email, @Nullable String password) {
		Map<String, String> problems = new LinkedHashMap<>();
		String name = (displayName != null) ? displayName.strip() : "";
		if (name.isEmpty()) {
			problems.put("displayName", "account.displayName.required");
		}
		else if (name.length() > AccountManagement.DISPLAY_NAME_MAX_LENGTH) {
			problems.put("displayName", "account.displayName.long");
		}
		this.passwordPolicy.problem(password, email, name).ifPresent((problem) -> problems.put("password", problem));
		return problems;
	}

	/**
	 * Whether an account already uses the address; its owner then logs in instead.
	 * @param email the proven address
	 * @return true when the address has an account
	 */
	public boolean hasAccount(String email) {
		return this.people.existsByEmail(EmailAddresses.normalize(email));
	}

	/**
	 * Creates a verified account for the proven address and logs the person in on the
	 * current request.
	 * @param displayName the name to show, without {@link #problems problems}
	 * @param email the address the calling module mailed its link to
	 * @param password the chosen password, without {@link #problems problems}
	 * @param language the language of the page, kept as the person's language when it is
	 * an interface language
	 * @param request the current request
	 * @param response the current response
	 * @return the new person's id
	 * @throws IllegalArgumentException when the sign-up has {@link #problems problems}
	 * @throws IllegalStateException when the address already has an account
	 */
	public UUID signUpAndLogIn(String displayName, String email, String password, Locale language,
			HttpServletRequest request, HttpServletResponse response) {
		if (!problems(displayName, email, password).isEmpty() || !EmailAddresses.isPlausible(email)) {
			throw new IllegalArgumentException("The sign-up is not acceptable");
		}
		String passwordHash = this.passwordEncoder.encode(password);
		String normalized = EmailAddresses.normalize(email);
		Locale preferred = Languages.isSupported(language) ? language : null;
		Person person;
		try {
			person = this.transactions.execute((status) -> {
				if (this.people.existsByEmail(normalized)) {
					throw new IllegalStateException("Another account already uses " + normalized);
				}
				return this.people.save(Person.verified(displayName.strip(), normalized, passwordHash, preferred,
						InstanceRole.MEMBER, this.clock.instant()));
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw new IllegalStateException("Another account already uses " + normalized, ex);
		}
		this.sessionLogin.logIn(person, request, response);
		return person.id();
	}

}
