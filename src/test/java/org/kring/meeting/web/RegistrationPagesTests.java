package org.kring.meeting.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingDetails;
import org.kring.meeting.internal.MeetingFormat;
import org.kring.meeting.internal.MeetingRegistrations;
import org.kring.meeting.internal.Registration;
import org.kring.meeting.internal.RegistrationAnswers;
import org.kring.meeting.internal.RegistrationQuestion;
import org.kring.meeting.internal.RegistrationState;
import org.kring.meeting.internal.Registrations;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration part of the meeting page, the registration forms, the links from the
 * mails and the attendance list: who may do what, bad input, and the queries the page
 * makes.
 */
class RegistrationPagesTests extends MeetingTestSupport {

	@Autowired
	MeetingRegistrations registrations;

	@Autowired
	Registrations rows;

	@Test
	void whoMayRegisterCancelAndRegisterByNickname() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		TestPrincipal outsider = member("Olga");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		Meeting meeting = this.fixtures.meeting(community, facilitator, "Rent allowances");
		String base = "/meetings/" + meeting.id() + "/registration";

		assertThat(answer(post(base, null).andReturn().getResponse())).isEqualTo("login");
		assertThat(answer(post(base, outsider).andReturn().getResponse())).isEqualTo("404");
		assertThat(answer(post(base + "/cancel", outsider).andReturn().getResponse())).isEqualTo("404");
		assertThat(answer(post(base + "/nickname", outsider, "nickname", "Sam").andReturn().getResponse()))
			.isEqualTo("404");
		assertThat(answer(
				post(base + "/visitor", null, "name", "Zoë", "email", "zoe@example.org").andReturn().getResponse()))
			.as("a visitor cannot see a members-only meeting")
			.isEqualTo("404");
		assertThat(answer(post(base + "/nickname", null, "nickname", "Sam").andReturn().getResponse()))
			.isEqualTo("login");
		assertThat(answer(post(base + "/nickname", member, "nickname", "Sam").andReturn().getResponse()))
			.isEqualTo("403");

		assertThat(answer(post(base, member).andReturn().getResponse())).isEqualTo("done");
		assertThat(this.rows.findByMeetingIdAndPersonId(meeting.id(), member.id()).orElseThrow().state())
			.isEqualTo(RegistrationState.CONFIRMED);
		assertThat(answer(post(base + "/nickname", facilitator, "nickname", "Sam").andReturn().getResponse()))
			.isEqualTo("done");
		assertThat(answer(post(base + "/cancel", member).andReturn().getResponse())).isEqualTo("done");
		assertThat(this.rows.findByMeetingIdAndPersonId(meeting.id(), member.id()).orElseThrow().state())
			.isEqualTo(RegistrationState.CANCELLED);

		UUID open = community("PUBLIC", facilitator, member);
		Meeting ofOpenCommunity = this.fixtures.meeting(open, facilitator, "Open community, members register");
		assertThat(
				answer(post("/meetings/" + ofOpenCommunity.id() + "/registration", outsider).andReturn().getResponse()))
			.as("a reader who is no member")
			.isEqualTo("403");
		assertThat(answer(post("/meetings/" + ofOpenCommunity.id() + "/registration/visitor", null, "name", "Zoë",
				"email", "zoe@example.org")
			.andReturn()
			.getResponse())).as("visitors register for public meetings only: others sign in first").isEqualTo("login");
	}

	@Test
	void theNoticeTellsWhatCameOfARegistration() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		Meeting meeting = this.fixtures.meeting(community, facilitator, "Rent allowances");
		String base = "/meetings/" + meeting.id() + "/registration";

		assertThat(post(base, member).andReturn().getFlashMap().get("notice"))
			.isEqualTo("registration.outcome.CONFIRMED");
		assertThat(post(base, member).andReturn().getFlashMap().get("notice"))
			.isEqualTo("registration.outcome.ALREADY_REGISTERED");
		assertThat(post(base + "/cancel", member).andReturn().getFlashMap().get("notice"))
			.isEqualTo("registration.outcome.CANCELLED");
		assertThat(post(base + "/cancel", member).andReturn().getFlashMap().get("notice"))
			.isEqualTo("registration.outcome.ALREADY_CANCELLED");
		Meeting started = this.fixtures.meeting(community, facilitator, startedDetails("Started", null));
		assertThat(post("/meetings/" + started.id() + "/registration", member).andReturn().getFlashMap().get("notice"))
			.isEqualTo("registration.refused.started");
	}

	@Test
	void aVisitorFormWithProblemsIsShownAgainWithMessagesAndWhatWasTyped() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("MEMBERS_ONLY", facilitator);
		Meeting meeting = this.fixtures.meeting(community, facilitator, withQuestions(
				MeetingFixtures.details("Open seminar", 14, 5, true), Set.of(RegistrationQuestion.DIETARY)));

		MockHttpServletResponse response = post("/meetings/" + meeting.id() + "/registration/visitor", null, "name", "",
				"email", "not-an-address", "dietaryNeeds", "Halal")
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("Give a name or nickname.")
			.contains("This is not an e-mail address.")
			.contains("value=\"not-an-address\"")
			.contains("value=\"Halal\"")
			.doesNotContain("Exception");
		assertThat(this.rows.findByMeetingIdAndStateInOrderByPosition(meeting.id(), Set.of(RegistrationState.values())))
			.isEmpty();

		String tooLong = "x".repeat(501);
		response = post("/meetings/" + meeting.id() + "/registration/visitor", null, "name", "Zoë", "email",
				"zoe@example.org", "dietaryNeeds", tooLong)
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("Use at most 500 characters.").contains("value=\"Zoë\"");

		assertThat(post("/meetings/" + meeting.id() + "/registration/visitor", null, "name", "Zoë", "email",
				"zoe@example.org")
			.andReturn()
			.getFlashMap()
			.get("notice")).isEqualTo("registration.outcome.CHECK_MAIL");
	}

	@Test
	void theMeetingPageShowsSeatsOwnStateAndTheOnlineLinkOnlyToPeopleWithASeatAndFacilitators() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal seated = member("Sara");
		TestPrincipal waiting = member("Wim");
		TestPrincipal member = member("Milan");
		UUID community = community("MEMBERS_ONLY", facilitator, seated, waiting, member);
		MeetingDetails base = MeetingFixtures.details("Hybrid evening", 14, 1, false);
		Meeting meeting = this.fixtures.meeting(community, facilitator,
				new MeetingDetails(base.title(), null, null, base.start(), base.end(), MeetingFormat.HYBRID,
						base.address(), null, null, "https://meet.example/secret-room", 1, null, null, Set.of(), false,
						base.reminderMinutes(), List.of(), Set.of()));
		this.registrations.register(meeting.id(), seated, RegistrationAnswers.NONE);
		this.registrations.register(meeting.id(), waiting, RegistrationAnswers.NONE);

		String forSeated = page(meeting, seated);
		assertThat(forSeated).contains("https://meet.example/secret-room")
			.contains("You are registered: you have a place.")
			.contains("Cancel my registration");
		String forWaiting = page(meeting, waiting);
		assertThat(forWaiting).doesNotContain("secret-room").contains("You are on the waiting list, in place 1.");
		String forMember = page(meeting, member);
		assertThat(forMember).doesNotContain("secret-room")
			.contains("Full: all 1 places are taken. 1 on the waiting list.")
			.contains("Join the waiting list")
			.doesNotContain("Register a participant by nickname");
		String forFacilitator = page(meeting, facilitator);
		assertThat(forFacilitator).contains("secret-room")
			.contains("Register a participant by nickname")
			.contains("Sara")
			.contains("waiting list, place 1");
	}

	@Test
	void onlyFacilitatorsOpenTheAttendanceOnceTheMeetingStartedAndAddWalkIns() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		TestPrincipal outsider = member("Olga");
		TestPrincipal administrator = administrator("Ada");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		Meeting upcoming = this.fixtures.meeting(community, facilitator, "Upcoming");
		Meeting started = this.fixtures.meeting(community, facilitator, startedDetails("Started", 10));
		this.jdbc.update(
				"insert into meeting_registration (id, meeting_id, person_id, state, position,"
						+ " cancel_token_hash, created_at, version) values (?, ?, ?, 'CONFIRMED', 1, ?, ?, 0)",
				UUID.randomUUID(), started.id(), member.id(), "t-" + UUID.randomUUID(),
				java.sql.Timestamp.from(Instant.now()));
		String path = "/meetings/" + started.id() + "/attendance";

		assertThat(answer(get(path, null).andReturn().getResponse())).isEqualTo("login");
		assertThat(answer(get(path, outsider).andReturn().getResponse())).isEqualTo("404");
		assertThat(answer(get(path, member).andReturn().getResponse())).isEqualTo("403");
		assertThat(answer(post(path, member).andReturn().getResponse())).isEqualTo("403");
		assertThat(answer(post(path + "/walk-in", member, "nickname", "Kim").andReturn().getResponse()))
			.isEqualTo("403");
		assertThat(answer(get(path, administrator).andReturn().getResponse())).isEqualTo("200");
		assertThat(
				get("/meetings/" + upcoming.id() + "/attendance", facilitator).andReturn().getFlashMap().get("notice"))
			.isEqualTo("registration.refused.notStarted");

		assertThat(get(path, facilitator).andReturn().getResponse().getContentAsString()).contains("Milan");
		MockHttpServletResponse blank = post(path + "/walk-in", facilitator, "nickname", " ").andReturn().getResponse();
		assertThat(blank.getStatus()).isEqualTo(422);
		assertThat(blank.getContentAsString()).contains("Give a nickname.");
		assertThat(answer(post(path + "/walk-in", facilitator, "nickname", "Kim").andReturn().getResponse()))
			.isEqualTo("done");
		List<Registration> confirmed = this.registrations.confirmed(started);
		Registration kim = confirmed.stream().filter(Registration::walkIn).findFirst().orElseThrow();
		assertThat(kim.name()).isEqualTo("Kim");
		assertThat(kim.attended()).isTrue();

		Registration milan = confirmed.stream().filter((row) -> !row.walkIn()).findFirst().orElseThrow();
		assertThat(answer(post(path, facilitator, "attended", milan.id().toString()).andReturn().getResponse()))
			.isEqualTo("done");
		assertThat(this.rows.findById(milan.id()).orElseThrow().attended()).isTrue();
		assertThat(this.rows.findById(kim.id()).orElseThrow().attended()).as("unchecked").isFalse();
	}

	@Test
	void theLinksFromTheMailsAskBeforeTheyActAndUnknownLinksAreNotFound() throws Exception {
		get("/registrations/unknown/cancel", null)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
		get("/registrations/unknown/confirm", null)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
		assertThat(answer(post("/registrations/unknown/cancel", null).andReturn().getResponse())).isEqualTo("404");
	}

	@Test
	void theMeetingPageMakesAsManyQueriesForTwoHundredRegistrationsAsForTen() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		Meeting meeting = this.fixtures.meeting(community, facilitator,
				MeetingFixtures.details("Big evening", 14, 20, false));
		this.registrations.register(meeting.id(), member, RegistrationAnswers.NONE);
		insert(meeting, 9);
		get("/meetings/" + meeting.id(), facilitator);
		SqlStatements.Recorded tenForFacilitator = count(meeting, facilitator);
		SqlStatements.Recorded tenForMember = count(meeting, member);
		insert(meeting, 190);
		SqlStatements.Recorded manyForFacilitator = count(meeting, facilitator);
		SqlStatements.Recorded manyForMember = count(meeting, member);
		assertThat(manyForFacilitator.count()).as(manyForFacilitator::describe).isEqualTo(tenForFacilitator.count());
		assertThat(manyForMember.count()).as(manyForMember::describe).isEqualTo(tenForMember.count());
		assertThat(page(meeting, facilitator)).contains("waiting list, place 180");
	}

	private SqlStatements.Recorded count(Meeting meeting, TestPrincipal who) throws Exception {
		return SqlStatements.count(() -> get("/meetings/" + meeting.id(), who)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk()));
	}

	/** Registrations by nickname, the first ones with a seat, the others waiting. */
	private void insert(Meeting meeting, int count) {
		for (int i = 0; i < count; i++) {
			this.jdbc.update(
					"insert into meeting_registration (id, meeting_id, name, state, position, cancel_token_hash,"
							+ " created_at, version) values (?, ?, ?, ?, (select coalesce(max(position), 0) + 1"
							+ " from meeting_registration where meeting_id = ?), ?, ?, 0)",
					UUID.randomUUID(), meeting.id(), "Guest " + i,
					(this.rows.countByMeetingIdAndState(meeting.id(), RegistrationState.CONFIRMED) < 20) ? "CONFIRMED"
							: "WAITING",
					meeting.id(), "t-" + UUID.randomUUID(), java.sql.Timestamp.from(Instant.now()));
		}
	}

	private String page(Meeting meeting, TestPrincipal who) throws Exception {
		return get("/meetings/" + meeting.id(), who).andReturn().getResponse().getContentAsString();
	}

	private static MeetingDetails startedDetails(String title, @Nullable Integer capacity) {
		ZonedDateTime start = ZonedDateTime.now(MeetingFixtures.BRUSSELS).minusHours(1).withNano(0);
		return new MeetingDetails(title, null, null, start, start.plusHours(2), MeetingFormat.IN_PERSON, "Somewhere",
				null, null, null, capacity, null, null, Set.of(), false, MeetingDetails.DEFAULT_REMINDER_MINUTES,
				List.of(), Set.of());
	}

	private static MeetingDetails withQuestions(MeetingDetails base, Set<RegistrationQuestion> questions) {
		return new MeetingDetails(base.title(), base.theme(), base.description(), base.start(), base.end(),
				base.format(), base.address(), base.room(), base.accessNotes(), base.onlineLink(), base.capacity(),
				base.registrationOpensAt(), base.registrationClosesAt(), questions, base.publicMeeting(),
				base.reminderMinutes(), base.speakers(), base.facilitators());
	}

	private static String answer(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		if (response.getStatus() == 302 && location != null) {
			return location.endsWith("/login") ? "login" : "done";
		}
		return String.valueOf(response.getStatus());
	}

}
