package org.kring.account.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.servlet.http.Cookie;
import org.kring.account.PersonalData;
import org.kring.account.internal.People;
import org.kring.account.internal.Person;
import org.kring.account.internal.TestPeople;
import org.kring.account.security.SignedInPerson;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * What the profile tests share, so that they share one application context: an SMTP
 * server on a free port, a second module's personal data, and a way to be signed in
 * through a real session stored in the database.
 */
@TestConfiguration(proxyBeanMethods = false)
class ProfileTestConfiguration {

	static final String SESSION_COOKIE = "KRING_SESSION";

	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		return greenMail;
	}

	@Bean
	DynamicPropertyRegistrar mailServer(GreenMail greenMail) {
		return (registry) -> {
			registry.add("spring.mail.host", () -> "127.0.0.1");
			registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		};
	}

	@Bean
	MeetingsData meetingsData() {
		return new MeetingsData();
	}

	@Bean
	TestPeople testPeople(People people, PasswordEncoder passwordEncoder) {
		return new TestPeople(people, passwordEncoder);
	}

	@Bean
	TestSessions testSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new TestSessions(sessions);
	}

	/**
	 * Another module's personal data, as a later module will hold it: it remembers what
	 * it was asked to erase and can be told to fail.
	 */
	static class MeetingsData implements PersonalData {

		final List<UUID> erased = new CopyOnWriteArrayList<>();

		final Set<UUID> failFor = ConcurrentHashMap.newKeySet();

		@Override
		public String section() {
			return "meetings";
		}

		@Override
		public Map<String, Object> export(UUID personId) {
			return Map.of("registrations", List.of("Tuesday evening session for " + personId));
		}

		@Override
		public void erase(UUID personId) {
			if (this.failFor.contains(personId)) {
				throw new IllegalStateException("Meetings could not be erased");
			}
			this.erased.add(personId);
		}

	}

	/**
	 * Web sessions made the way a login makes them: stored in the database with the
	 * person's security context.
	 */
	static class TestSessions {

		private final FindByIndexNameSessionRepository<? extends Session> sessions;

		TestSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
			this.sessions = sessions;
		}

		String signIn(Person person) {
			SignedInPerson principal = SignedInPerson.of(person);
			principal.eraseCredentials();
			var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
					principal.getAuthorities());
			return store(this.sessions, new SecurityContextImpl(authentication));
		}

		private static <S extends Session> String store(FindByIndexNameSessionRepository<S> repository,
				SecurityContextImpl context) {
			S session = repository.createSession();
			session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
			repository.save(session);
			return session.getId();
		}

		boolean exists(String sessionId) {
			return this.sessions.findById(sessionId) != null;
		}

		List<String> of(String principalName) {
			return new ArrayList<>(this.sessions.findByPrincipalName(principalName).keySet());
		}

		/**
		 * The cookies that carry a session id. The instance's own cookie name is applied
		 * to the embedded server only; MockMvc sees Spring Session's default name.
		 * @param sessionId the session
		 * @return the cookie under both names
		 */
		static Cookie[] cookies(String sessionId) {
			String value = Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.US_ASCII));
			return new Cookie[] { new Cookie(SESSION_COOKIE, value), new Cookie("SESSION", value) };
		}

	}

}
