package org.kring.community;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.account.MutableClock;
import org.kring.browser.TestMail;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.CommunityDescription;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The membership tests' shared application: the whole application with MockMvc, mail
 * caught by {@link TestMail} and a clock the tests move. People are real accounts, signed
 * in for a request as {@link TestPrincipal}s with the same id; communities are made
 * through the domain, as the community pages are another part's work.
 */
@SystemTest
@Import(MembershipTestSupport.TestClock.class)
public abstract class MembershipTestSupport {

	protected static final String PASSWORD = "harbour lantern quietly 58";

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected AccountManagement accounts;

	@Autowired
	protected Communities communities;

	@Autowired
	protected Memberships memberships;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JdbcClient jdbc;

	@DynamicPropertySource
	static void catchMail(DynamicPropertyRegistry registry) {
		TestMail.register(registry);
	}

	@BeforeEach
	void startTheClock() {
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

	/**
	 * A person with a verified account, speaking English.
	 * @param name their display name
	 * @return the principal they are signed in as
	 */
	protected TestPrincipal person(String name) {
		return person(name, null);
	}

	protected TestPrincipal person(String name, @Nullable Locale language) {
		UUID id = this.accounts.createVerified(name, TestMail.newAddress(name.toLowerCase(Locale.ROOT)), PASSWORD,
				language, InstanceRole.MEMBER);
		return TestPrincipal.member(id, name).speaking(language);
	}

	protected TestPrincipal administrator(String name) {
		UUID id = this.accounts.createVerified(name, TestMail.newAddress(name.toLowerCase(Locale.ROOT)), PASSWORD, null,
				InstanceRole.ADMINISTRATOR);
		return new TestPrincipal(id, name, null, true, false);
	}

	protected String emailOf(TestPrincipal person) {
		return this.accounts.find(person.id()).orElseThrow().email();
	}

	/**
	 * A community in use with a first facilitator.
	 */
	protected Community community(JoinPolicy policy, Visibility visibility, TestPrincipal facilitator) {
		CommunityDescription d = TestCommunities.description("m-" + UUID.randomUUID().toString().substring(0, 12),
				visibility);
		Community community = this.communities.save(Community.found(
				new CommunityDescription(d.slug(), d.kind(), d.visibility(), policy, "en", "Network " + d.slug(),
						d.domain(), d.practice(), d.themes(), d.places(), d.languages(), Map.of()),
				facilitator.id(), this.clock.instant()));
		admit(community, facilitator, CommunityRole.FACILITATOR);
		return community;
	}

	protected void admit(Community community, TestPrincipal person, CommunityRole role) {
		this.memberships.save(community.admit(person.id(), role, this.clock.instant()));
	}

	protected @Nullable CommunityRole roleOf(Community community, TestPrincipal person) {
		return this.memberships.findByCommunityIdAndPersonId(community.id(), person.id())
			.map((membership) -> membership.role())
			.orElse(null);
	}

	protected ResultActions get(String path, @Nullable TestPrincipal who) throws Exception {
		return this.mvc.perform(as(MockMvcRequestBuilders.get(path), who));
	}

	/**
	 * Posts a form as a browser does: with the form token of a page and its cookie.
	 */
	protected ResultActions post(String path, @Nullable TestPrincipal who, String... params) throws Exception {
		MvcResult page = this.mvc.perform(as(MockMvcRequestBuilders.get("/"), who)).andReturn();
		Matcher token = FORM_TOKEN.matcher(page.getResponse().getContentAsString());
		assertThat(token.find()).as("the home page has a form token").isTrue();
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).param("_csrf", token.group(1));
		Cookie[] cookies = page.getResponse().getCookies();
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(as(request, who));
	}

	protected static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request,
			@Nullable TestPrincipal who) {
		request.header("Accept-Language", "en");
		return (who != null) ? request.with(who.signedIn()) : request;
	}

	/**
	 * The page a redirect led to, with the notice or problem it carried.
	 */
	protected String followed(ResultActions redirect, @Nullable TestPrincipal who) throws Exception {
		MvcResult result = redirect.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("a redirect").isNotNull();
		MockHttpServletRequestBuilder next = as(MockMvcRequestBuilders.get(location), who);
		// the flash attributes travel in the (JDBC) session, as in production
		Cookie[] cookies = result.getResponse().getCookies();
		if (cookies.length > 0) {
			next.cookie(cookies);
		}
		return this.mvc.perform(next).andReturn().getResponse().getContentAsString();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock membershipTestClock() {
			return new MutableClock(Instant.now());
		}

	}

}
