package org.kring.community.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kring.browser.TestMail;
import org.kring.community.CommunityRole;
import org.kring.community.JoinPolicy;
import org.kring.community.MembershipTestSupport;
import org.kring.community.Visibility;
import org.kring.community.internal.Community;
import org.kring.system.TestPrincipal;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every membership page and action against everyone who may try it: a visitor, a member,
 * an expert and a facilitator of the community, a facilitator of another community, and
 * an administrator; once for a public community and once for a secret one, which answers
 * 404 to everyone outside it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipAuthorizationTests extends MembershipTestSupport {

	enum Who {

		VISITOR, MEMBER, EXPERT, FACILITATOR, OTHER_FACILITATOR, ADMINISTRATOR

	}

	/** What the page or action answers. */
	enum Answer {

		/** 200. */
		SHOWN,

		/**
		 * A redirect to a page of the community: the step was taken (or refused with a
		 * reason).
		 */
		DONE,

		/** A redirect to the login page. */
		LOGIN,

		/** 403. */
		FORBIDDEN,

		/** 404. */
		NOT_FOUND

	}

	private final Map<Who, TestPrincipal> people = new EnumMap<>(Who.class);

	private final Map<Visibility, Community> communities = new EnumMap<>(Visibility.class);

	@BeforeAll
	void setUp() {
		this.people.put(Who.MEMBER, person("Mira"));
		this.people.put(Who.EXPERT, person("Eshan"));
		this.people.put(Who.FACILITATOR, person("Fenna"));
		this.people.put(Who.OTHER_FACILITATOR, person("Otto"));
		this.people.put(Who.ADMINISTRATOR, administrator("Adaeze"));
		community(JoinPolicy.OPEN, Visibility.PUBLIC, this.people.get(Who.OTHER_FACILITATOR));
		for (Visibility visibility : List.of(Visibility.PUBLIC, Visibility.SECRET)) {
			Community community = community(JoinPolicy.ON_APPROVAL, visibility, this.people.get(Who.FACILITATOR));
			admit(community, this.people.get(Who.MEMBER), CommunityRole.MEMBER);
			admit(community, this.people.get(Who.EXPERT), CommunityRole.EXPERT);
			this.communities.put(visibility, community);
		}
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		// visitor, member, expert, facilitator, other facilitator, administrator
		add(cases, "GET members", "LOGIN SHOWN SHOWN SHOWN FORBIDDEN SHOWN");
		add(cases, "GET history", "LOGIN FORBIDDEN FORBIDDEN SHOWN FORBIDDEN SHOWN");
		add(cases, "GET manage", "LOGIN FORBIDDEN FORBIDDEN SHOWN FORBIDDEN SHOWN");
		add(cases, "GET own", "LOGIN SHOWN SHOWN SHOWN FORBIDDEN FORBIDDEN");
		add(cases, "GET apply", "LOGIN SHOWN SHOWN SHOWN SHOWN SHOWN");
		add(cases, "POST invite", "LOGIN FORBIDDEN FORBIDDEN DONE FORBIDDEN DONE");
		add(cases, "POST role", "LOGIN FORBIDDEN FORBIDDEN DONE FORBIDDEN DONE");
		add(cases, "POST remove", "LOGIN FORBIDDEN FORBIDDEN DONE FORBIDDEN DONE");
		add(cases, "POST hand-over", "LOGIN FORBIDDEN FORBIDDEN DONE FORBIDDEN DONE");
		add(cases, "POST approve", "LOGIN FORBIDDEN FORBIDDEN NOT_FOUND FORBIDDEN NOT_FOUND");
		add(cases, "POST revoke", "LOGIN FORBIDDEN FORBIDDEN NOT_FOUND FORBIDDEN NOT_FOUND");
		add(cases, "POST sharing", "LOGIN DONE DONE DONE DONE DONE");
		return cases.stream();
	}

	private static void add(List<Arguments> cases, String action, String answers) {
		String[] expected = answers.split(" ");
		for (Who who : Who.values()) {
			Answer answer = Answer.valueOf(expected[who.ordinal()]);
			cases.add(Arguments.of(action, Visibility.PUBLIC, who, answer));
			boolean outside = who == Who.VISITOR || who == Who.OTHER_FACILITATOR;
			cases.add(Arguments.of(action, Visibility.SECRET, who, outside ? Answer.NOT_FOUND : answer));
		}
	}

	@ParameterizedTest(name = "{0} of a {1} community by {2}: {3}")
	@MethodSource("cases")
	void everyoneGetsTheirAnswer(String action, Visibility visibility, Who who, Answer expected) throws Exception {
		Community community = this.communities.get(visibility);
		TestPrincipal me = this.people.get(who);
		String base = "/communities/" + community.slug();
		String expert = this.people.get(Who.EXPERT).id().toString();
		MockHttpServletResponse response = switch (action) {
			case "GET members" -> get(base + "/members", me).andReturn().getResponse();
			case "GET history" -> get(base + "/members/history", me).andReturn().getResponse();
			case "GET manage" -> get(base + "/members/manage", me).andReturn().getResponse();
			case "GET own" -> get(base + "/membership", me).andReturn().getResponse();
			case "GET apply" -> get(base + "/apply", me).andReturn().getResponse();
			case "POST invite" ->
				post(base + "/invitations", me, "email", TestMail.newAddress("invitee"), "role", "MEMBER").andReturn()
					.getResponse();
			case "POST role" ->
				post(base + "/members/" + expert + "/role", me, "role", "EXPERT").andReturn().getResponse();
			case "POST remove" ->
				post(base + "/members/" + UUID.randomUUID() + "/remove", me).andReturn().getResponse();
			case "POST hand-over" ->
				post(base + "/members/" + UUID.randomUUID() + "/hand-over", me).andReturn().getResponse();
			case "POST approve" ->
				post(base + "/applications/" + UUID.randomUUID() + "/approve", me).andReturn().getResponse();
			case "POST revoke" ->
				post(base + "/invitations/" + UUID.randomUUID() + "/revoke", me).andReturn().getResponse();
			case "POST sharing" -> post(base + "/membership/sharing", me).andReturn().getResponse();
			default -> throw new IllegalArgumentException(action);
		};
		assertThat(answer(response)).as("%s %s", action, response.getRedirectedUrl()).isEqualTo(expected);
		if (expected == Answer.NOT_FOUND || expected == Answer.FORBIDDEN) {
			assertThat(response.getContentAsString()).doesNotContain(community.name()).doesNotContain("Exception");
		}
	}

	private static Answer answer(MockHttpServletResponse response) {
		int status = response.getStatus();
		@Nullable String location = response.getRedirectedUrl();
		if (status == 302 && location != null) {
			return location.endsWith("/login") ? Answer.LOGIN : Answer.DONE;
		}
		return switch (status) {
			case 200 -> Answer.SHOWN;
			case 403 -> Answer.FORBIDDEN;
			case 404 -> Answer.NOT_FOUND;
			default -> throw new AssertionError("Unexpected status " + status);
		};
	}

}
