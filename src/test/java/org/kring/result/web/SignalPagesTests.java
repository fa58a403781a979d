package org.kring.result.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.browser.TestMail;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.result.ResultTestSupport;
import org.kring.result.internal.ContactForm;
import org.kring.result.internal.Origin;
import org.kring.result.internal.Signal;
import org.kring.result.internal.SignalBook;
import org.kring.result.internal.SignalState;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The signal pages: who sees a signal (a draft only its community's members), who may
 * write, send and follow it up (facilitators and administrators; 403 for members, 404 for
 * whoever may not see it), the authority's personal link without an account (404 for a
 * wrong one, 410 for a replaced one, 409 for an answer after the answer), bad input
 * answered with 422 and the message next to the field, and as many SQL statements for a
 * signal among 2 as among 20.
 */
@Tag("database")
class SignalPagesTests extends ResultTestSupport {

	@Autowired
	SignalBook book;

	@Test
	void aDraftIsSeenByMembersOnlyAndItsFormsByFacilitators() throws Exception {
		Cast cast = cast("PUBLIC");
		Signal draft = this.results.draftSignal(cast.community, cast.facilitator, "Counter hours");
		String path = "/signals/" + draft.id();

		get(path, null).andExpect(status().isNotFound());
		get(path, cast.outsider).andExpect(status().isNotFound());
		assertThat(page(path, cast.member)).contains("Counter hours")
			.contains("Integration office, Ghent")
			.contains("Please change the procedure.")
			.doesNotContain(path + "/send")
			.doesNotContain(path + "/edit");
		assertThat(page(path, cast.facilitator)).contains("action=\"" + path + "/send\"")
			.contains("href=\"" + path + "/edit\"");
		assertThat(page(path, cast.administrator)).contains("action=\"" + path + "/send\"");
		get("/signals/" + UUID.randomUUID(), cast.member).andExpect(status().isNotFound());
		get("/signals/not-an-id", cast.member).andExpect(status().isNotFound());
	}

	@Test
	void aSentSignalIsReadByWhoeverReadsTheCommunityWithoutTheContactsAddress() throws Exception {
		Cast open = cast("PUBLIC");
		Sent sent = send(open, "Counter hours");
		String path = "/signals/" + sent.id();

		assertThat(page(path, null)).contains("Counter hours").doesNotContain(sent.contact());
		assertThat(page(path, open.outsider)).doesNotContain(sent.contact());
		assertThat(page(path, open.member)).doesNotContain(sent.contact()).doesNotContain(path + "/follow-up");
		assertThat(page(path, open.facilitator)).contains(sent.contact()).doesNotContain(path + "/send");

		Cast closed = cast("MEMBERS_ONLY");
		Sent hidden = send(closed, "Interpreters");
		get("/signals/" + hidden.id(), null).andExpect(status().isNotFound());
		get("/signals/" + hidden.id(), closed.outsider).andExpect(status().isNotFound());
		get("/signals/" + hidden.id(), closed.member).andExpect(status().isOk());
	}

	@Test
	void theNewSignalFormIsForFacilitators() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		String path = "/communities/" + MeetingFixtures.slugOf(cast.community) + "/signals/new";

		get(path, null).andExpect(redirectedUrl("/login"));
		get(path, cast.outsider).andExpect(status().isNotFound());
		get(path, cast.member).andExpect(status().isForbidden());
		assertThat(page(path, cast.facilitator)).contains("name=\"organisation\"").contains("name=\"office\"");
		get(path, cast.administrator).andExpect(status().isOk());
		get("/communities/no-such-community/signals/new", cast.facilitator).andExpect(status().isNotFound());

		post(path, null, "title", "T", "office", "O").andExpect(redirectedUrl("/login"));
		post(path, cast.outsider, "title", "T", "office", "O").andExpect(status().isNotFound());
		post(path, cast.member, "title", "T", "office", "O").andExpect(status().isForbidden());
		assertThat(count(cast)).isZero();
	}

	@Test
	void aSignalWithoutAuthorityIsShownAgainWithTheMessageNextToTheAuthority() throws Exception {
		Cast cast = cast("PUBLIC");
		String path = "/communities/" + MeetingFixtures.slugOf(cast.community) + "/signals/new";
		UUID ngo = this.results.authority("Refugee Work", "NGO");
		UUID city = this.results.authority("City of Ghent", "MUNICIPALITY");

		String refused = post(path, cast.facilitator, "title", "Counter hours", "body", "Our text", "ask", "")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"authority-error\"")
			.contains("Choose the authority or name the office the signal is addressed to.")
			.contains("value=\"Counter hours\"")
			.contains(">Our text</textarea>")
			.contains("City of Ghent")
			.doesNotContain("Refugee Work");
		post(path, cast.facilitator, "title", "Counter hours", "organisation", ngo.toString())
			.andExpect(status().isUnprocessableContent());
		assertThat(count(cast)).isZero();

		post(path, cast.facilitator, "title", "Counter hours", "organisation", city.toString())
			.andExpect(redirectedUrlPattern("/signals/*"));
		assertThat(count(cast)).isOne();
	}

	@Test
	void facilitatorsReviseDraftsOnly() throws Exception {
		Cast cast = cast("PUBLIC");
		Signal draft = this.results.draftSignal(cast.community, cast.facilitator, "Counter hours");
		String path = "/signals/" + draft.id() + "/edit";

		get(path, cast.member).andExpect(status().isForbidden());
		get(path, cast.outsider).andExpect(status().isNotFound());
		assertThat(page(path, cast.facilitator)).contains("value=\"Counter hours\"").contains("name=\"version\"");
		post(path, cast.member, "title", "Taken over", "office", "O").andExpect(status().isForbidden());
		post(path, cast.facilitator, "title", "", "office", "O", "version", "0")
			.andExpect(status().isUnprocessableContent());
		post(path, cast.facilitator, "title", "Opening hours", "office", "O", "version", "0")
			.andExpect(redirectedUrl("/signals/" + draft.id()));
		assertThat(this.signals.findById(draft.id()).orElseThrow().title()).isEqualTo("Opening hours");

		Sent sent = send(cast, "Interpreters");
		get("/signals/" + sent.id() + "/edit", cast.facilitator).andExpect(redirectedUrl("/signals/" + sent.id()));
		post("/signals/" + sent.id() + "/edit", cast.facilitator, "title", "Changed", "office", "O")
			.andExpect(redirectedUrl("/signals/" + sent.id()));
		assertThat(this.signals.findById(sent.id()).orElseThrow().title()).isEqualTo("Interpreters");
	}

	@Test
	void onlyFacilitatorsSendAndFollowUp() throws Exception {
		Cast cast = cast("PUBLIC");
		Signal draft = this.results.draftSignal(cast.community, cast.facilitator, "Counter hours");
		String send = "/signals/" + draft.id() + "/send";
		String contact = TestMail.newAddress("peeters");

		post(send, null, "name", "Ms Peeters", "email", contact, "language", "nl").andExpect(redirectedUrl("/login"));
		post(send, cast.member, "name", "Ms Peeters", "email", contact, "language", "nl")
			.andExpect(status().isForbidden());
		post(send, cast.outsider, "name", "Ms Peeters", "email", contact, "language", "nl")
			.andExpect(status().isNotFound());
		String refused = post(send, cast.facilitator, "name", "Ms Peeters", "email", "nope", "language", "nl")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"email-error\"").contains("value=\"Ms Peeters\"");
		assertThat(this.signals.findById(draft.id()).orElseThrow().state()).isEqualTo(SignalState.DRAFT);
		post(send, cast.facilitator, "name", "Ms Peeters", "email", contact, "language", "nl")
			.andExpect(redirectedUrl("/signals/" + draft.id()));
		assertThat(TestMail.newestTo(contact).firstLink().getPath()).startsWith("/signals/respond/");

		String followUp = "/signals/" + draft.id() + "/follow-up";
		post(followUp, cast.facilitator, "outcome", "IMPLEMENTED").andExpect(status().isUnprocessableContent());
		String secret = TestMail.newestTo(contact).firstLink().getPath().substring("/signals/respond/".length());
		this.book.answer(secret, "Yes.", "Mayor");
		post(followUp, cast.member, "outcome", "IMPLEMENTED").andExpect(status().isForbidden());
		post(followUp, null, "outcome", "IMPLEMENTED").andExpect(redirectedUrl("/login"));
		post(followUp, cast.facilitator).andExpect(status().isUnprocessableContent());
		post(followUp, cast.facilitator, "outcome", "IMPLEMENTED", "note", "Opened longer.")
			.andExpect(redirectedUrl("/signals/" + draft.id()));
		assertThat(page("/signals/" + draft.id(), null)).contains("Opened longer.").contains("Yes.");
	}

	@Test
	void theAuthorityAnswersThroughItsLinkWithoutAnAccountAndOnlyOnce() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		Sent sent = send(cast, "Counter hours");
		String link = "/signals/respond/" + sent.secret();

		get("/signals/respond/wrong-secret", null).andExpect(status().isNotFound());
		post("/signals/respond/wrong-secret/answer", null, "answer", "Yes", "answeredBy", "X")
			.andExpect(status().isNotFound());
		String page = get(link, null).andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Counter hours")
			.contains("action=\"" + link + "/acknowledge\"")
			.contains("action=\"" + link + "/answer\"")
			.contains("value=\"Ms Peeters\"");

		post(link + "/acknowledge", null).andExpect(redirectedUrl(link));
		assertThat(state(sent)).isEqualTo(SignalState.ACKNOWLEDGED);
		post(link + "/answer", null, "answer", " ", "answeredBy", "The mayor")
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
		post(link + "/answer", null, "answer", "We open longer.", "answeredBy", "The mayor")
			.andExpect(redirectedUrl(link));
		assertThat(state(sent)).isEqualTo(SignalState.ANSWERED);

		assertThat(get(link, null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("href=\"/signals/" + sent.id() + "\"")
			.doesNotContain("action=\"" + link + "/answer\"");
		String again = post(link + "/answer", null, "answer", "Something else.", "answeredBy", "Someone")
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("href=\"/signals/" + sent.id() + "\"").contains("role=\"alert\"");
		Signal stored = this.signals.findById(sent.id()).orElseThrow();
		assertThat(stored.answer()).isEqualTo("We open longer.");
		assertThat(stored.answeredBy()).isEqualTo("The mayor");
		assertThat(page("/signals/" + sent.id(), cast.member)).contains("We open longer.");
	}

	@Test
	void aLinkTheReminderReplacedSaysSo() throws Exception {
		Cast cast = cast("PUBLIC");
		Sent sent = send(cast, "Counter hours");
		this.jdbc.update("update result_signal set replaced_token_hash = answer_token_hash, answer_token_hash = ?"
				+ " where id = ?", "0".repeat(64), sent.id());

		get("/signals/respond/" + sent.secret(), null).andExpect(status().isGone());
		post("/signals/respond/" + sent.secret() + "/answer", null, "answer", "Yes", "answeredBy", "X")
			.andExpect(status().isGone());
		assertThat(state(sent)).isEqualTo(SignalState.SENT);
	}

	@Test
	void theSignalPageShowsItsMeetingAndThemeWithAFixedNumberOfStatements() throws Exception {
		Cast cast = cast("PUBLIC");
		Meeting meeting = this.fixtures.meeting(cast.community, cast.facilitator, "March meeting");
		UUID city = this.results.authority("City of Ghent", "MUNICIPALITY");
		Signal signal = this.results.draftSignal(cast.community, cast.facilitator, "Counter hours",
				new Origin(meeting.id(), null, "Access to services", UUID.randomUUID()), city);
		String path = "/signals/" + signal.id();
		for (int i = 0; i < 2; i++) {
			this.results.draftSignal(cast.community, cast.facilitator, "Other " + i);
		}

		assertThat(page(path, cast.member)).contains("href=\"/meetings/" + meeting.id() + "\"")
			.contains("March meeting")
			.contains("Access to services")
			.contains("City of Ghent");
		SqlStatements.Recorded few = SqlStatements.count(() -> get(path, cast.facilitator).andExpect(status().isOk()));
		for (int i = 0; i < 18; i++) {
			this.results.draftSignal(cast.community, cast.facilitator, "More " + i);
		}
		SqlStatements.Recorded many = SqlStatements.count(() -> get(path, cast.facilitator).andExpect(status().isOk()));
		assertThat(few.count()).as(few::describe).isBetween(1, 12);
		assertThat(many.count()).as(many::describe).isEqualTo(few.count());
	}

	private SignalState state(Sent sent) {
		return this.signals.findById(sent.id()).orElseThrow().state();
	}

	private Sent send(Cast cast, String title) {
		Signal signal = this.results.draftSignal(cast.community, cast.facilitator, title);
		String contact = TestMail.newAddress("peeters");
		this.book.send(cast.facilitator, signal.id(), new ContactForm("Ms Peeters", contact, "en"));
		String path = TestMail.newestTo(contact).firstLink().getPath();
		return new Sent(signal.id(), contact, path.substring("/signals/respond/".length()));
	}

	private long count(Cast cast) {
		return this.jdbc.queryForObject("select count(*) from result_signal where community_id = ?", Long.class,
				cast.community);
	}

	private String page(String path, @Nullable TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private Cast cast(String visibility) {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Mila");
		UUID community = community(visibility, facilitator, member);
		return new Cast(community, facilitator, member, member("Otto"), administrator("Ada"));
	}

	private record Cast(UUID community, TestPrincipal facilitator, TestPrincipal member, TestPrincipal outsider,
			TestPrincipal administrator) {
	}

	private record Sent(UUID id, String contact, String secret) {
	}

}
