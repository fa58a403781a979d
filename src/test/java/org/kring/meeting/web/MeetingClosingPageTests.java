package org.kring.meeting.web;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.account.InstanceRole;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.closing.ClosingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingState;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MeetingClosingPageTests extends MeetingTestSupport {

	@Test
	void onlyFacilitatorsOpenAndSendTheClosingForm() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		TestPrincipal outsider = member("Olga");
		TestPrincipal ownFacilitator = member("Omar");
		UUID community = community("MEMBERS_ONLY", facilitator, member, ownFacilitator);
		var details = ClosingFixtures.started("Rent allowances in practice", false);
		details = new org.kring.meeting.internal.MeetingDetails(details.title(), details.theme(), details.description(),
				details.start(), details.end(), details.format(), details.address(), details.room(),
				details.accessNotes(), details.onlineLink(), details.capacity(), null, null, details.questions(), false,
				details.reminderMinutes(), details.speakers(), java.util.Set.of(ownFacilitator.id()));
		Meeting meeting = this.fixtures.meeting(community, facilitator, details);
		String path = "/meetings/" + meeting.id() + "/close";

		get(path, null).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		get(path, outsider).andExpect(status().isNotFound());
		get("/meetings/" + UUID.randomUUID() + "/close", facilitator).andExpect(status().isNotFound());
		get(path, member).andExpect(status().isForbidden());
		get(path, facilitator).andExpect(status().isOk());
		get(path, ownFacilitator).andExpect(status().isOk());
		get(path, administrator("Ada")).andExpect(status().isOk());

		post(path, null, valid()).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		post(path, outsider, valid()).andExpect(status().isNotFound());
		post(path, member, valid()).andExpect(status().isForbidden());
		assertThat(this.meetings.findById(meeting.id()).orElseThrow().state()).isEqualTo(MeetingState.SCHEDULED);
		post(path, ownFacilitator, valid()).andExpect(redirectedUrl("/meetings/" + meeting.id() + "#part-outcome"));
		assertThat(this.meetings.findById(meeting.id()).orElseThrow().state()).isEqualTo(MeetingState.CLOSED);
	}

	@Test
	void withoutAProductTheFormComesBackWithTheMessageAndEverythingTyped() throws Exception {
		TestPrincipal facilitator = member("Farida");
		Meeting meeting = startedMeeting(facilitator);

		String page = post("/meetings/" + meeting.id() + "/close", facilitator, "minutes",
				"We met & talked <b>a lot</b>", "rows", "4", "kind-1", "JOINT_SIGNAL", "title-1",
				"Signal on waiting times", "authority-1", "")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Some fields need your attention")
			.contains("id=\"authority-1-error\"")
			.contains("Name the authority this joint signal is addressed to.")
			.contains("We met &amp; talked &lt;b&gt;a lot&lt;/b&gt;</textarea>")
			.contains("value=\"Signal on waiting times\"")
			.contains("<option value=\"JOINT_SIGNAL\" selected>");

		String empty = post("/meetings/" + meeting.id() + "/close", facilitator, "minutes", "Kept minutes", "rows", "4")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(empty).contains("id=\"products-error\"")
			.contains("Add at least one product")
			.contains("Kept minutes</textarea>");
		assertThat(this.meetings.findById(meeting.id()).orElseThrow().state()).isEqualTo(MeetingState.SCHEDULED);
	}

	@Test
	void moreRowsComeWithoutScriptAndKeepWhatWasTyped() throws Exception {
		TestPrincipal facilitator = member("Farida");
		Meeting meeting = startedMeeting(facilitator);

		String page = post("/meetings/" + meeting.id() + "/close", facilitator, "minutes", "Draft", "rows", "4",
				"title-3", "Fourth", "more", "rows")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"title-5\"")
			.doesNotContain("id=\"title-6\"")
			.contains("value=\"Fourth\"")
			.contains("Draft</textarea>")
			.contains("name=\"rows\" value=\"6\"");
		assertThat(this.meetings.findById(meeting.id()).orElseThrow().state()).isEqualTo(MeetingState.SCHEDULED);
	}

	@Test
	void aClosedMeetingShowsItsSafeMinutesAndProductsToItsReaders() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		Meeting meeting = this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Rent", false));
		ClosingFixtures.registrations(this.jdbc, meeting.id(), 5, 3, 2);

		post("/meetings/" + meeting.id() + "/close", facilitator, "minutes",
				"We **agreed**.\n\n<script>alert('x')</script>\n\n[bad](javascript:alert(1))", "rows", "4", "kind-0",
				"JOINT_SIGNAL", "title-0", "Signal on waiting times", "authority-0", "City of Gent", "kind-2",
				"LEGISLATION_TEST", "title-2", "Test of the rent rule", "rule-2", "Article 12", "description-2",
				"Does it work?")
			.andExpect(status().is3xxRedirection());

		String page = get("/meetings/" + meeting.id(), member).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Minutes and products")
			.contains("<strong>agreed</strong>")
			.doesNotContain("<script>alert")
			.doesNotContain("javascript:")
			.contains("Joint signal")
			.contains("Signal on waiting times")
			.contains("City of Gent")
			.contains("Legislation test")
			.contains("Article 12")
			.contains("Does it work?")
			.contains("3 of 5 registered people attended; 2 walk-ins.")
			.doesNotContain("Close this meeting");

		post("/meetings/" + meeting.id() + "/close", facilitator, valid()).andExpect(status().isConflict());
		assertThat(get("/meetings/" + meeting.id() + "/close", facilitator).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("This meeting was closed already.").doesNotContain("id=\"minutes\"");
	}

	@Test
	void facilitatorsSeeTheCloseLinkOnceTheMeetingStartedAndNotBefore() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		Meeting started = this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Rent", false));
		Meeting upcoming = this.fixtures.meeting(community, facilitator, "Next month");

		assertThat(body("/meetings/" + started.id(), facilitator)).contains("Close this meeting")
			.contains("href=\"/meetings/" + started.id() + "/close\"");
		assertThat(body("/meetings/" + started.id(), member)).doesNotContain("Close this meeting");
		assertThat(body("/meetings/" + upcoming.id(), facilitator)).doesNotContain("Close this meeting");
		assertThat(body("/meetings/" + upcoming.id() + "/close", facilitator))
			.contains("This meeting has not started yet.")
			.doesNotContain("id=\"minutes\"");
		post("/meetings/" + upcoming.id() + "/close", facilitator, valid()).andExpect(status().isConflict());
	}

	@Test
	void theClosingFormSpeaksTheReadersLanguage() throws Exception {
		TestPrincipal facilitator = this.fixtures.person("Fenna", InstanceRole.MEMBER, Locale.forLanguageTag("nl"));
		Meeting meeting = startedMeeting(facilitator);

		assertThat(body("/meetings/" + meeting.id() + "/close", facilitator)).contains("Gezamenlijk signaal")
			.contains("De bijeenkomst afsluiten");
		assertThat(body("/meetings/" + meeting.id(), facilitator)).contains("Deze bijeenkomst afsluiten");
	}

	@Test
	void theClosedMeetingPageReadsAsMuchWhateverTheNumberOfProductsAndRegistrations() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("MEMBERS_ONLY", facilitator);
		Meeting few = this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Few", false));
		Meeting many = this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Many", false));
		ClosingFixtures.registrations(this.jdbc, few.id(), 2, 1, 1);
		ClosingFixtures.products(this.jdbc, few.id(), 2);
		ClosingFixtures.closed(this.jdbc, few.id(), facilitator.id(), "Short *minutes*");
		ClosingFixtures.registrations(this.jdbc, many.id(), 60, 40, 10);
		ClosingFixtures.products(this.jdbc, many.id(), 16);
		ClosingFixtures.closed(this.jdbc, many.id(), facilitator.id(), "Long *minutes*");

		SqlStatements.Recorded small = SqlStatements
			.count(() -> get("/meetings/" + few.id(), facilitator).andExpect(status().isOk()));
		SqlStatements.Recorded large = SqlStatements
			.count(() -> get("/meetings/" + many.id(), facilitator).andExpect(status().isOk()));

		assertThat(small.count()).as(small::describe).isBetween(1, 16);
		assertThat(large.count()).as(large::describe).isEqualTo(small.count());
		assertThat(body("/meetings/" + many.id(), facilitator)).contains("Product 15").contains("40 of 60");
	}

	@Test
	void theClosingFormReadsAsMuchWhateverTheNumberOfRegistrations() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("MEMBERS_ONLY", facilitator);
		Meeting few = this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Few", false));
		Meeting many = this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Many", false));
		ClosingFixtures.registrations(this.jdbc, few.id(), 2, 1, 1);
		ClosingFixtures.registrations(this.jdbc, many.id(), 80, 50, 12);

		SqlStatements.Recorded small = SqlStatements
			.count(() -> get("/meetings/" + few.id() + "/close", facilitator).andExpect(status().isOk()));
		SqlStatements.Recorded large = SqlStatements
			.count(() -> get("/meetings/" + many.id() + "/close", facilitator).andExpect(status().isOk()));

		assertThat(small.count()).as(small::describe).isBetween(1, 10);
		assertThat(large.count()).as(large::describe).isEqualTo(small.count());
		assertThat(body("/meetings/" + many.id() + "/close", facilitator))
			.contains("50 of 80 registered people attended; 12 walk-ins.");
	}

	private String body(String path, TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private Meeting startedMeeting(TestPrincipal facilitator) {
		UUID community = community("MEMBERS_ONLY", facilitator);
		return this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Rent", false));
	}

	private static String[] valid() {
		return new String[] { "minutes", "Minutes", "rows", "4", "kind-0", "TOOL", "title-0", "A checklist" };
	}

}
