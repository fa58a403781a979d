package org.kring.result.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.result.ResultTestSupport;
import org.kring.result.SignalAnswered;
import org.kring.system.AtOnce;
import org.kring.system.TestPrincipal;
import org.kring.system.security.LinkSecrets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A facilitator writes a signal to a government organisation or a named office (never to
 * nobody, never to an organisation that is not a government's), sends it, and the contact
 * gets their personal link in their language; the answer through that link is published
 * once, and tells the rest of the system.
 */
@Tag("database")
@RecordApplicationEvents
class SignalBookTests extends ResultTestSupport {

	@Autowired
	SignalBook book;

	@Autowired
	ApplicationEvents events;

	@Test
	void aSignalWithoutAuthorityIsRefusedNextToTheAuthority() {
		TestPrincipal farida = member("Farida");
		UUID community = community("PUBLIC", farida);

		assertThatThrownBy(() -> this.book.write(farida, community,
				new SignalDraft(null, "Counter hours", "Text", null, "Ask", "", "  ", null)))
			.isInstanceOfSatisfying(SignalInvalid.class, (invalid) -> assertThat(invalid.problems())
				.isEqualTo(Map.of("authority", "signal.authority.required")));
		assertThat(count(community)).isZero();
	}

	@Test
	void anOrganisationThatIsNotAGovernmentsIsRefused() {
		TestPrincipal farida = member("Farida");
		UUID community = community("PUBLIC", farida);
		UUID ngo = this.results.authority("Refugee Work", "NGO");

		assertThatThrownBy(() -> this.book.write(farida, community,
				new SignalDraft(null, "Counter hours", null, null, null, ngo.toString(), null, null)))
			.isInstanceOfSatisfying(SignalInvalid.class, (invalid) -> assertThat(invalid.problems())
				.containsEntry("authority", "signal.authority.not-governmental"));
		assertThatThrownBy(() -> this.book.write(farida, community,
				new SignalDraft(null, "Counter hours", null, null, null, "not-an-id", null, null)))
			.isInstanceOf(SignalInvalid.class);
		assertThat(count(community)).isZero();
		assertThat(this.book.authorities()).extracting((organisation) -> organisation.id()).doesNotContain(ngo);
	}

	@Test
	void aFacilitatorWritesToAGovernmentOrganisationOrAnOffice() {
		TestPrincipal farida = member("Farida");
		UUID community = community("PUBLIC", farida);
		UUID city = this.results.authority("City of Ghent", "MUNICIPALITY");

		Signal toCity = this.book.write(farida, community,
				new SignalDraft(null, " Counter hours ", "Text", "Cases", "Ask", city.toString(), "Social desk", null));
		assertThat(toCity.authority()).isEqualTo(new Authority(city, "Social desk"));
		assertThat(toCity.title()).isEqualTo("Counter hours");
		assertThat(toCity.kind()).isEqualTo(SignalKind.SIGNAL);
		assertThat(this.book.authorities()).extracting((organisation) -> organisation.id()).contains(city);

		Signal toOffice = this.book.write(farida, community,
				new SignalDraft(null, "Interpreters", null, null, null, null, "Integration office", null));
		assertThat(toOffice.authority()).isEqualTo(new Authority(null, "Integration office"));
		assertThat(toOffice.state()).isEqualTo(SignalState.DRAFT);
	}

	@Test
	void anAdvisoryBodyWritesRecommendationsAndOthersOnlySignals() {
		TestPrincipal farida = member("Farida");
		UUID network = community("PUBLIC", farida);
		UUID board = community("PUBLIC", farida);
		this.jdbc.update("update community set kind = 'ADVISORY_BODY' where id = ?", board);

		Signal usual = this.book.write(farida, board,
				new SignalDraft(null, "Advice", null, null, null, null, "Office", null));
		assertThat(usual.kind()).isEqualTo(SignalKind.RECOMMENDATION);
		assertThatThrownBy(() -> this.book.write(farida, network,
				new SignalDraft("RECOMMENDATION", "Advice", null, null, null, null, "Office", null)))
			.isInstanceOfSatisfying(SignalInvalid.class,
					(invalid) -> assertThat(invalid.problems()).containsEntry("kind", "signal.kind.invalid"));
	}

	@Test
	void onlyFacilitatorsWriteAndTooLongTextIsRefused() {
		TestPrincipal farida = member("Farida");
		TestPrincipal mila = member("Mila");
		UUID community = community("MEMBERS_ONLY", farida, mila);
		SignalDraft draft = new SignalDraft(null, "Title", null, null, null, null, "Office", null);

		assertThatThrownBy(() -> this.book.write(mila, community, draft))
			.isInstanceOfSatisfying(SignalAccessDenied.class, (denied) -> assertThat(denied.hidden()).isFalse());
		assertThatThrownBy(() -> this.book.write(member("Outsider"), community, draft))
			.isInstanceOfSatisfying(SignalAccessDenied.class, (denied) -> assertThat(denied.hidden()).isTrue());
		assertThatThrownBy(() -> this.book.write(farida, community,
				new SignalDraft(null, "x".repeat(201), null, null, "a".repeat(4001), null, "Office", null)))
			.isInstanceOfSatisfying(SignalInvalid.class,
					(invalid) -> assertThat(invalid.problems()).containsEntry("title", "signal.too-long")
						.containsEntry("ask", "signal.too-long"));
	}

	@Test
	void aRevisionOfAStaleDraftIsRefused() {
		TestPrincipal farida = member("Farida");
		UUID community = community("PUBLIC", farida);
		Signal signal = this.results.draftSignal(community, farida, "Counter hours");
		SignalDraft stale = SignalDraft.of(signal);

		this.book.revise(farida, signal.id(),
				new SignalDraft(null, "First change", "Text", null, "Ask", null, "Office", signal.version()));
		assertThatThrownBy(() -> this.book.revise(farida, signal.id(), stale)).isInstanceOfSatisfying(
				SignalInvalid.class,
				(invalid) -> assertThat(invalid.problems()).containsEntry("_form", "signal.edit.changed"));
		assertThat(this.signals.findById(signal.id()).orElseThrow().title()).isEqualTo("First change");
	}

	@Test
	void sendingMailsTheContactTheirPersonalLinkInTheirLanguage() {
		TestPrincipal farida = member("Farida");
		UUID community = community("PUBLIC", farida);
		Signal signal = this.results.draftSignal(community, farida, "Counter hours");
		String contact = TestMail.newAddress("peeters");

		assertThatThrownBy(() -> this.book.send(farida, signal.id(), new ContactForm("", "not an address", "de")))
			.isInstanceOfSatisfying(SignalInvalid.class,
					(invalid) -> assertThat(invalid.problems()).containsOnlyKeys("name", "email", "language"));

		Signal sent = this.book.send(farida, signal.id(), new ContactForm("Ms Peeters", contact, "nl"));
		assertThat(sent.state()).isEqualTo(SignalState.SENT);
		assertThat(sent.reminderDueAt()).isEqualTo(sent.sentAt().plus(java.time.Duration.ofDays(56)));

		ReceivedMail mail = TestMail.newestTo(contact);
		assertThat(mail.subject()).startsWith("Counter hours – een signaal van Network");
		assertThat(mail.text()).contains("Beste Ms Peeters").contains("Please change the procedure.");
		String path = mail.firstLink().getPath();
		assertThat(path).startsWith("/signals/respond/");
		String secret = path.substring("/signals/respond/".length());
		assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
		Signal stored = this.signals.findById(signal.id()).orElseThrow();
		assertThat(stored.answerTokenHash()).isEqualTo(LinkSecrets.hash(secret)).isNotEqualTo(secret);
		assertThat(this.book.byLink(secret)).map(Signal::id).contains(signal.id());

		assertThatThrownBy(() -> this.book.send(farida, signal.id(), new ContactForm("B", contact, "en")))
			.isInstanceOfSatisfying(SignalRefused.class,
					(refused) -> assertThat(refused.messageKey()).isEqualTo("signal.not-draft"));
	}

	@Test
	void theAnswerIsTakenOnceAndPublishesSignalAnswered() {
		TestPrincipal farida = member("Farida");
		UUID community = community("PUBLIC", farida);
		String secret = sent(farida, community);
		UUID id = this.book.byLink(secret).orElseThrow().id();

		assertThat(this.book.acknowledge(secret)).map(Signal::state).contains(SignalState.ACKNOWLEDGED);
		assertThat(this.book.acknowledge(secret)).as("twice changes nothing")
			.map(Signal::state)
			.contains(SignalState.ACKNOWLEDGED);
		assertThatThrownBy(() -> this.book.answer(secret, " ", "Mayor")).isInstanceOfSatisfying(SignalInvalid.class,
				(invalid) -> assertThat(invalid.problems()).containsOnlyKeys("answer"));
		assertThat(this.book.answer("unknown-secret", "Yes", "Mayor")).isEmpty();

		this.book.answer(secret, "We open longer from May.", "The mayor");
		assertThat(this.events.stream(SignalAnswered.class)).singleElement().satisfies((event) -> {
			assertThat(event.signalId()).isEqualTo(id);
			assertThat(event.communityId()).isEqualTo(community);
			assertThat(event.title()).isEqualTo("Counter hours");
		});

		assertThatThrownBy(() -> this.book.answer(secret, "Something else.", "Someone")).isInstanceOfSatisfying(
				SignalRefused.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("signal.already-answered"));
		Signal stored = this.signals.findById(id).orElseThrow();
		assertThat(stored.answer()).isEqualTo("We open longer from May.");
		assertThat(stored.answeredBy()).isEqualTo("The mayor");
		assertThat(this.events.stream(SignalAnswered.class)).hasSize(1);
	}

	@Test
	void ofTwoAnswersAtOnceOneWins() throws Exception {
		TestPrincipal farida = member("Farida");
		UUID community = community("PUBLIC", farida);
		String secret = sent(farida, community);

		List<Boolean> answered = AtOnce.run(() -> answer(secret, "First"), () -> answer(secret, "Second"));
		assertThat(answered).containsExactlyInAnyOrder(true, false);
		assertThat(this.signals.findById(this.book.byLink(secret).orElseThrow().id()).orElseThrow().answer())
			.isIn("First", "Second");
	}

	@Test
	void followUpOnlyAfterTheAnswer() {
		TestPrincipal farida = member("Farida");
		UUID community = community("PUBLIC", farida);
		String secret = sent(farida, community);
		UUID id = this.book.byLink(secret).orElseThrow().id();

		assertThatThrownBy(() -> this.book.followUp(farida, id, "IMPLEMENTED", null)).isInstanceOfSatisfying(
				SignalRefused.class, (refused) -> assertThat(refused.messageKey()).isEqualTo("signal.not-answered"));
		this.book.answer(secret, "Yes.", "Mayor");
		assertThatThrownBy(() -> this.book.followUp(farida, id, "SOMETIMES", null)).isInstanceOfSatisfying(
				SignalInvalid.class,
				(invalid) -> assertThat(invalid.problems()).containsEntry("outcome", "signal.outcome.required"));
		Signal done = this.book.followUp(farida, id, "PARTLY_IMPLEMENTED", " Only in May. ");
		assertThat(done.outcome()).isEqualTo(FollowUpOutcome.PARTLY_IMPLEMENTED);
		assertThat(done.followUpNote()).isEqualTo("Only in May.");
	}

	private boolean answer(String secret, String text) {
		try {
			this.book.answer(secret, text, "Someone");
			return true;
		}
		catch (SignalRefused | org.springframework.dao.DataAccessException
				| jakarta.persistence.PersistenceException ex) {
			return false;
		}
	}

	private String sent(TestPrincipal facilitator, UUID community) {
		Signal signal = this.results.draftSignal(community, facilitator, "Counter hours");
		String contact = TestMail.newAddress("peeters");
		this.book.send(facilitator, signal.id(), new ContactForm("Ms Peeters", contact, "en"));
		String path = TestMail.newestTo(contact).firstLink().getPath();
		return path.substring("/signals/respond/".length());
	}

	private long count(UUID community) {
		return this.jdbc.queryForObject("select count(*) from result_signal where community_id = ?", Long.class,
				community);
	}

}
