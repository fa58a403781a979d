package org.kring.meeting.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.meeting.MeetingCancelled;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.RegistrationConfirmed;
import org.kring.meeting.RegistrationPromoted;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registration rules: seats and the waiting list, the registration window,
 * duplicates, cancelling, visitors who confirm by mail, registering by nickname,
 * promotion racing a new registration, the mails with their invitations, and a person's
 * erasure.
 */
@Tag("database")
@RecordApplicationEvents
class MeetingRegistrationsTests extends MeetingTestSupport {

	@Autowired
	MeetingRegistrations registrations;

	@Autowired
	Registrations rows;

	@Autowired
	CalendarFiles calendars;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	RegistrationPersonalData personalData;

	@Autowired
	ApplicationEvents events;

	@Test
	void membersTakeSeatsUntilTheMeetingIsFullThenWaitInOrderAndADuplicateChangesNothing() {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		TestPrincipal bert = member("Bert");
		TestPrincipal cleo = member("Cleo");
		UUID community = community("MEMBERS_ONLY", facilitator, anna, bert, cleo);
		Meeting meeting = this.fixtures.meeting(community, facilitator,
				MeetingFixtures.details("Rent allowances", 14, 2, false));

		assertThat(this.registrations.register(meeting.id(), anna, RegistrationAnswers.NONE))
			.isEqualTo(RegistrationOutcome.CONFIRMED);
		assertThat(this.registrations.register(meeting.id(), bert, RegistrationAnswers.NONE))
			.isEqualTo(RegistrationOutcome.CONFIRMED);
		assertThat(this.registrations.register(meeting.id(), cleo, RegistrationAnswers.NONE))
			.isEqualTo(RegistrationOutcome.WAITING);
		assertThat(this.registrations.register(meeting.id(), anna, RegistrationAnswers.NONE))
			.isEqualTo(RegistrationOutcome.ALREADY_REGISTERED);
		assertThat(this.registrations.register(meeting.id(), cleo, RegistrationAnswers.NONE))
			.isEqualTo(RegistrationOutcome.ALREADY_REGISTERED);

		Registration a = own(meeting, anna);
		Registration b = own(meeting, bert);
		Registration c = own(meeting, cleo);
		assertThat(List.of(a.state(), b.state(), c.state())).containsExactly(RegistrationState.CONFIRMED,
				RegistrationState.CONFIRMED, RegistrationState.WAITING);
		assertThat(a.position()).isLessThan(b.position());
		assertThat(b.position()).isLessThan(c.position());
		assertThat(this.rows.countByMeetingIdAndState(meeting.id(), RegistrationState.CONFIRMED)).isEqualTo(2);
		assertThat(this.events.stream(RegistrationConfirmed.class)
			.filter((event) -> event.meetingId().equals(meeting.id()))
			.map(RegistrationConfirmed::personId)).containsExactly(anna.id(), bert.id());
	}

	@Test
	void theConfirmationMailCarriesTheInvitationAndItsLinkCancelsAndPromotesTheFirstWaiting() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		TestPrincipal bert = member("Bert");
		TestPrincipal cleo = member("Cleo");
		UUID community = community("MEMBERS_ONLY", facilitator, anna, bert, cleo);
		Meeting meeting = this.fixtures.meeting(community, facilitator, RegistrationScenarios.details("Rent allowances",
				14, 1, false, null, null, Set.of(), "https://meet.example/rent"));

		this.registrations.register(meeting.id(), anna, RegistrationAnswers.NONE);
		ReceivedMail confirmed = TestMail.newestTo(this.fixtures.emailOf(anna));
		assertThat(confirmed.subject()).isEqualTo("You are registered: Rent allowances");
		RegistrationScenarios.Invitation invitation = RegistrationScenarios
			.invitation(confirmed.attachments().get("meeting.ics"));
		assertThat(invitation.method()).isEqualTo("REQUEST");
		assertThat(invitation.uid()).isEqualTo(this.calendars.uid(meeting));
		assertThat(invitation.sequence()).isEqualTo("0");
		assertThat(invitation.status()).isEqualTo("CONFIRMED");
		assertThat(invitation.location()).contains("https://meet.example/rent");

		this.registrations.register(meeting.id(), bert, RegistrationAnswers.NONE);
		this.registrations.register(meeting.id(), cleo, RegistrationAnswers.NONE);
		ReceivedMail waiting = TestMail.newestTo(this.fixtures.emailOf(bert));
		assertThat(waiting.subject()).isEqualTo("You are on the waiting list: Rent allowances");
		assertThat(waiting.text()).contains("in place 1");
		assertThat(waiting.attachments()).isEmpty();
		assertThat(TestMail.newestTo(this.fixtures.emailOf(cleo)).text()).contains("in place 2");

		String secret = secretOf(confirmed, "/cancel");
		assertThat(this.registrations.cancelByLink(secret)).contains(RegistrationOutcome.CANCELLED);
		assertThat(this.registrations.cancelByLink(secret)).contains(RegistrationOutcome.ALREADY_CANCELLED);
		assertThat(this.registrations.cancelByLink("not-a-secret")).isEmpty();

		Registration promoted = own(meeting, bert);
		assertThat(promoted.state()).isEqualTo(RegistrationState.CONFIRMED);
		assertThat(promoted.promotedAt()).isNotNull();
		assertThat(own(meeting, cleo).state()).isEqualTo(RegistrationState.WAITING);
		assertThat(own(meeting, anna).state()).isEqualTo(RegistrationState.CANCELLED);
		ReceivedMail told = waitFor(this.fixtures.emailOf(bert), "A place came free for you: Rent allowances");
		assertThat(RegistrationScenarios.invitation(told.attachments().get("meeting.ics")).uid())
			.isEqualTo(this.calendars.uid(meeting));
		assertThat(this.events.stream(RegistrationPromoted.class).map(RegistrationPromoted::registrationId))
			.containsExactly(promoted.id());
		String newSecret = secretOf(told, "/cancel");
		assertThat(newSecret).as("the promotion mail carries a new cancellation link")
			.isNotEqualTo(secretOf(waiting, "/cancel"));
		assertThat(this.registrations.cancelByLink(secretOf(waiting, "/cancel"))).isEmpty();
		assertThat(this.registrations.cancelByLink(newSecret)).contains(RegistrationOutcome.CANCELLED);
		assertThat(own(meeting, cleo).state()).as("the next on the list moves up")
			.isEqualTo(RegistrationState.CONFIRMED);
	}

	@Test
	void registrationIsRefusedBeforeTheWindowOpensAfterItClosesAndForMeetingsThatStartedOrEnded() {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		UUID community = community("MEMBERS_ONLY", facilitator, anna);
		Meeting early = this.fixtures.meeting(community, facilitator, RegistrationScenarios.details("Early", 14, 5,
				false, RegistrationScenarios.hoursFromNow(24), null, Set.of(), null));
		Meeting late = this.fixtures.meeting(community, facilitator, RegistrationScenarios.details("Late", 14, 5, false,
				null, RegistrationScenarios.hoursFromNow(-1), Set.of(), null));
		Meeting started = this.fixtures.meeting(community, facilitator, RegistrationScenarios.started("Now", 5));
		Meeting cancelled = this.fixtures.meeting(community, facilitator, "Called off");
		this.jdbc.update("update meeting set state = 'CANCELLED' where id = ?", cancelled.id());
		Meeting closed = this.fixtures.meeting(community, facilitator, "Closed");
		this.jdbc.update("update meeting set state = 'CLOSED' where id = ?", closed.id());

		assertRefused(early, anna, RegistrationRefused.NOT_OPEN);
		assertRefused(late, anna, RegistrationRefused.CLOSED);
		assertRefused(started, anna, RegistrationRefused.STARTED);
		assertRefused(cancelled, anna, RegistrationRefused.MEETING_CANCELLED);
		assertRefused(closed, anna, RegistrationRefused.MEETING_CLOSED);
		assertThatThrownBy(
				() -> this.registrations.registerByNickname(started.id(), facilitator, "Sam", RegistrationAnswers.NONE))
			.isInstanceOfSatisfying(RegistrationRefused.class,
					(refused) -> assertThat(refused.key()).isEqualTo(RegistrationRefused.STARTED));
		assertThat(this.registrations.registerByNickname(early.id(), facilitator, "Sam", RegistrationAnswers.NONE))
			.as("facilitators register outside the window")
			.isEqualTo(RegistrationOutcome.CONFIRMED);
	}

	@Test
	void cancellingTwiceChangesNothing() {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		UUID community = community("MEMBERS_ONLY", facilitator, anna);
		Meeting meeting = this.fixtures.meeting(community, facilitator, "Rent allowances");
		this.registrations.register(meeting.id(), anna, RegistrationAnswers.NONE);

		assertThat(this.registrations.cancel(meeting.id(), anna)).isEqualTo(RegistrationOutcome.CANCELLED);
		Instant cancelledAt = own(meeting, anna).cancelledAt();
		assertThat(this.registrations.cancel(meeting.id(), anna)).isEqualTo(RegistrationOutcome.ALREADY_CANCELLED);
		assertThat(own(meeting, anna).cancelledAt()).isEqualTo(cancelledAt);
		assertThat(this.registrations.cancel(meeting.id(), facilitator)).as("never registered")
			.isEqualTo(RegistrationOutcome.ALREADY_CANCELLED);

		assertThat(this.registrations.register(meeting.id(), anna, RegistrationAnswers.NONE))
			.as("registering again after cancelling")
			.isEqualTo(RegistrationOutcome.CONFIRMED);
		assertThat(this.rows.findByMeetingIdAndStateInOrderByPosition(meeting.id(), Set.of(RegistrationState.values())))
			.hasSize(1);
	}

	@Test
	void aVisitorTakesAPlaceOnlyOnceTheyConfirmThroughTheMailInTheirLanguage() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		UUID community = community("MEMBERS_ONLY", facilitator, anna);
		Meeting meeting = this.fixtures.meeting(community, facilitator,
				MeetingFixtures.details("Open seminar", 14, 1, true));
		String email = TestMail.newAddress("visitor");

		assertThat(
				this.registrations.registerVisitor(meeting.id(), "Zoë", email, RegistrationAnswers.NONE, Locale.FRENCH))
			.isEqualTo(RegistrationOutcome.CHECK_MAIL);
		Registration unconfirmed = this.rows.findByMeetingIdAndEmail(meeting.id(), email).orElseThrow();
		assertThat(unconfirmed.state()).isEqualTo(RegistrationState.UNCONFIRMED);
		ReceivedMail mail = TestMail.newestTo(email);
		assertThat(mail.subject()).isEqualTo("Confirmez votre inscription : Open seminar");

		assertThat(this.registrations.register(meeting.id(), anna, RegistrationAnswers.NONE))
			.as("an unconfirmed registration holds no seat")
			.isEqualTo(RegistrationOutcome.CONFIRMED);
		String secret = secretOf(mail, "/confirm");
		assertThat(this.registrations.confirm(secret)).contains(RegistrationOutcome.WAITING);
		assertThat(this.registrations.confirm(secret)).contains(RegistrationOutcome.ALREADY_REGISTERED);
		Registration confirmed = this.rows.findByMeetingIdAndEmail(meeting.id(), email).orElseThrow();
		assertThat(confirmed.position()).isGreaterThan(own(meeting, anna).position());
		waitFor(email, "Vous êtes sur la liste d’attente : Open seminar");
		assertThat(this.registrations.registerVisitor(meeting.id(), "Zoë", email.toUpperCase(Locale.ROOT),
				RegistrationAnswers.NONE, Locale.FRENCH))
			.isEqualTo(RegistrationOutcome.ALREADY_REGISTERED);
		assertThat(this.registrations.confirm("unknown")).isEmpty();

		Meeting membersOnly = this.fixtures.meeting(community, facilitator, "Members only");
		assertThatThrownBy(() -> this.registrations.registerVisitor(membersOnly.id(), "Zoë", email,
				RegistrationAnswers.NONE, Locale.FRENCH))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void onlyFacilitatorsRegisterByNicknameAndOnlyReadersWhoMayRegisterDoSo() {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		TestPrincipal outsider = member("Olga");
		UUID community = community("PUBLIC", facilitator, anna);
		Meeting meeting = this.fixtures.meeting(community, facilitator, "Rent allowances");

		assertThat(this.registrations.registerByNickname(meeting.id(), facilitator, "Sam", RegistrationAnswers.NONE))
			.isEqualTo(RegistrationOutcome.CONFIRMED);
		Registration sam = this.rows
			.findByMeetingIdAndStateInOrderByPosition(meeting.id(), Set.of(RegistrationState.CONFIRMED))
			.get(0);
		assertThat(sam.name()).isEqualTo("Sam");
		assertThat(sam.email()).isNull();
		assertThat(sam.personId()).isNull();
		assertThat(sam.registeredBy()).isEqualTo(facilitator.id());

		assertThatThrownBy(
				() -> this.registrations.registerByNickname(meeting.id(), anna, "Kim", RegistrationAnswers.NONE))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.registrations.register(meeting.id(), outsider, RegistrationAnswers.NONE))
			.as("a reader of a public community who is no member")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.registrations.recordAttendance(meeting.id(), anna, List.of()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.registrations.addWalkIn(meeting.id(), anna, "Kim"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.registrations.addWalkIn(meeting.id(), facilitator, "Kim"))
			.as("before the meeting started")
			.isInstanceOfSatisfying(RegistrationRefused.class,
					(refused) -> assertThat(refused.key()).isEqualTo(RegistrationRefused.NOT_STARTED));
	}

	@Test
	void answersAreKeptForTheQuestionsTheMeetingAsksOnly() {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		UUID community = community("MEMBERS_ONLY", facilitator, anna);
		Meeting meeting = this.fixtures.meeting(community, facilitator, RegistrationScenarios.details("Dinner", 14, 5,
				false, null, null, Set.of(RegistrationQuestion.DIETARY, RegistrationQuestion.INTERPRETATION), null));

		this.registrations.register(meeting.id(), anna,
				new RegistrationAnswers(" Vegetarian ", "Wheelchair", "ar", "Anything"));
		Registration registration = own(meeting, anna);
		assertThat(registration.dietaryNeeds()).isEqualTo("Vegetarian");
		assertThat(registration.interpretationLanguage()).isEqualTo("ar");
		assertThat(registration.accessibilityNeeds()).isNull();
		assertThat(registration.freeText()).isNull();
	}

	@Test
	void aPromotionRacingANewRegistrationGivesTheSeatToTheWaitingPerson() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		TestPrincipal bert = member("Bert");
		TestPrincipal cleo = member("Cleo");
		UUID community = community("MEMBERS_ONLY", facilitator, anna, bert, cleo);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				Meeting meeting = this.fixtures.meeting(community, facilitator,
						MeetingFixtures.details("Round " + round, 14, 1, false));
				this.registrations.register(meeting.id(), anna, RegistrationAnswers.NONE);
				this.registrations.register(meeting.id(), bert, RegistrationAnswers.NONE);
				CountDownLatch start = new CountDownLatch(1);
				Future<RegistrationOutcome> cancelling = pool.submit(() -> {
					start.await();
					return this.registrations.cancel(meeting.id(), anna);
				});
				Future<RegistrationOutcome> newcomer = pool.submit(() -> {
					start.await();
					return this.registrations.register(meeting.id(), cleo, RegistrationAnswers.NONE);
				});
				start.countDown();
				assertThat(cancelling.get(30, TimeUnit.SECONDS)).isEqualTo(RegistrationOutcome.CANCELLED);
				assertThat(newcomer.get(30, TimeUnit.SECONDS)).isEqualTo(RegistrationOutcome.WAITING);
				assertThat(own(meeting, bert).state()).isEqualTo(RegistrationState.CONFIRMED);
				assertThat(own(meeting, cleo).state()).isEqualTo(RegistrationState.WAITING);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void everyoneRegisteredHearsThatTheMeetingWasCancelledWithTheCancellationForTheirCalendar() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		TestPrincipal bert = member("Bert");
		UUID community = community("MEMBERS_ONLY", facilitator, anna, bert);
		Meeting meeting = this.fixtures.meeting(community, facilitator,
				MeetingFixtures.details("Rent allowances", 14, 1, false));
		this.registrations.register(meeting.id(), anna, RegistrationAnswers.NONE);
		this.registrations.register(meeting.id(), bert, RegistrationAnswers.NONE);
		TestMail.newestTo(this.fixtures.emailOf(bert));

		this.transactions.executeWithoutResult((status) -> {
			Meeting locked = this.meetings.lockById(meeting.id()).orElseThrow();
			locked.cancel("The room flooded.", Instant.now());
			this.publisher.publishEvent(new MeetingCancelled(locked.id(), community, locked.title(), locked.startsAt(),
					locked.cancelReason(), facilitator.id(), Instant.now()));
		});

		for (TestPrincipal person : List.of(anna, bert)) {
			ReceivedMail mail = waitFor(this.fixtures.emailOf(person), "Cancelled: Rent allowances");
			assertThat(mail.text()).contains("The room flooded.");
			RegistrationScenarios.Invitation invitation = RegistrationScenarios
				.invitation(mail.attachments().get("meeting.ics"));
			assertThat(invitation.method()).isEqualTo("CANCEL");
			assertThat(invitation.status()).isEqualTo("CANCELLED");
			assertThat(invitation.sequence()).isEqualTo("1");
			assertThat(invitation.uid()).isEqualTo(this.calendars.uid(meeting));
		}
	}

	@Test
	void erasingAPersonGivesUpTheirSeatToTheNextInLineAndKeepsAnAnonymousRow() {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		TestPrincipal bert = member("Bert");
		UUID community = community("MEMBERS_ONLY", facilitator, anna, bert);
		Meeting meeting = this.fixtures.meeting(community, facilitator, RegistrationScenarios.details("Dinner", 14, 1,
				false, null, null, Set.of(RegistrationQuestion.DIETARY), null));
		this.registrations.register(meeting.id(), anna, new RegistrationAnswers("Vegan", null, null, null));
		this.registrations.register(meeting.id(), bert, RegistrationAnswers.NONE);
		UUID annasRow = own(meeting, anna).id();

		@SuppressWarnings("unchecked")
		List<java.util.Map<String, Object>> exported = (List<java.util.Map<String, Object>>) this.personalData
			.export(anna.id())
			.get("registrations");
		assertThat(exported).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("meeting", "Dinner")
				.containsEntry("state", "CONFIRMED")
				.containsEntry("dietaryNeeds", "Vegan"));
		this.personalData.erase(anna.id());

		Registration erased = this.rows.findById(annasRow).orElseThrow();
		assertThat(erased.personId()).isNull();
		assertThat(erased.name()).isEqualTo(Registration.ERASED_NAME);
		assertThat(erased.dietaryNeeds()).isNull();
		assertThat(erased.state()).isEqualTo(RegistrationState.CANCELLED);
		assertThat(own(meeting, bert).state()).isEqualTo(RegistrationState.CONFIRMED);
		assertThat(this.personalData.export(anna.id())).isEmpty();
	}

	private void assertRefused(Meeting meeting, TestPrincipal who, String key) {
		assertThatThrownBy(() -> this.registrations.register(meeting.id(), who, RegistrationAnswers.NONE))
			.isInstanceOfSatisfying(RegistrationRefused.class, (refused) -> assertThat(refused.key()).isEqualTo(key));
		assertThat(this.rows.findByMeetingIdAndPersonId(meeting.id(), who.id())).isEmpty();
	}

	private Registration own(Meeting meeting, TestPrincipal who) {
		return this.rows.findByMeetingIdAndPersonId(meeting.id(), who.id()).orElseThrow();
	}

	/**
	 * The secret in a mail's link to confirm or cancel.
	 */
	static String secretOf(ReceivedMail mail, String suffix) {
		String path = linkTo(mail, suffix).getPath();
		assertThat(path).startsWith("/registrations/").endsWith(suffix);
		return path.substring("/registrations/".length(), path.length() - suffix.length());
	}

	/** The link in a mail whose path ends with a suffix, such as {@code /cancel}. */
	static URI linkTo(ReceivedMail mail, String suffix) {
		java.util.regex.Matcher links = java.util.regex.Pattern.compile("https?://\\S+").matcher(mail.text());
		while (links.find()) {
			if (links.group().endsWith(suffix)) {
				return URI.create(links.group());
			}
		}
		throw new AssertionError("No link ending with " + suffix + " in:\n" + mail.text());
	}

	static ReceivedMail waitFor(String address, String subject) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			ReceivedMail mail = TestMail.newestTo(address);
			if (mail.subject().equals(subject) || System.currentTimeMillis() > deadline) {
				assertThat(mail.subject()).isEqualTo(subject);
				return mail;
			}
			Thread.sleep(100);
		}
	}

}
