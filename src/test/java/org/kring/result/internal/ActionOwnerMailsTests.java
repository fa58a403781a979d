package org.kring.result.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.account.InstanceRole;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.result.ActionDue;
import org.kring.result.ResultTestSupport;
import org.kring.system.AtOnce;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails to action owners: one monthly mail per owner of an open action, in their
 * language, and one reminder per owner a week before a due date, however often and
 * however many times at once the job runs; nothing for people without open actions, nor
 * for done or dropped actions.
 */
@Tag("database")
@RecordApplicationEvents
class ActionOwnerMailsTests extends ResultTestSupport {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ActionOwnerMails job;

	private final List<UUID> owners = new ArrayList<>();

	private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

	@AfterEach
	void forgetTheMailsAndTheJobsLock() {
		for (UUID owner : this.owners) {
			this.jdbc.update("delete from result_owner_mail where person_id = ?", owner);
		}
		this.jdbc.update("delete from shedlock where name = 'result-action-owner-mails'");
	}

	@Test
	void everyOwnerOfAnOpenActionGetsOneMonthlyMailWithTheirOpenActions() throws Exception {
		TestPrincipal facilitator = owner(member("Farida"));
		TestPrincipal anna = owner(member("Anna"));
		TestPrincipal bert = owner(member("Bert"));
		TestPrincipal daan = owner(this.fixtures.person("Daan", InstanceRole.MEMBER, Locale.of("nl")));
		UUID community = community("MEMBERS_ONLY", facilitator, anna, bert, daan);
		String name = this.jdbc.queryForObject("select name from community where id = ?", String.class, community);
		Action late = this.results.action(community, facilitator, "Map the rent offices", this.today.minusDays(3),
				anna);
		Action going = this.results.action(community, facilitator, "Write the leaflet", this.today.plusDays(40), anna,
				daan);
		this.jdbc.update("update result_action set status = 'IN_PROGRESS', progress = 40 where id = ?", going.id());
		Action finished = this.results.action(community, facilitator, "Finished work", null, anna, bert);
		this.jdbc.update("update result_action set status = 'DONE', progress = 100 where id = ?", finished.id());
		Action dropped = this.results.action(community, facilitator, "Dropped work", null, bert);
		this.jdbc.update("update result_action set status = 'DROPPED', drop_reason = 'No time' where id = ?",
				dropped.id());

		this.job.sendMonthly();
		this.job.sendMonthly();
		this.job.run();

		ReceivedMail mail = TestMail.newestTo(this.fixtures.emailOf(anna));
		assertThat(mail.subject()).isEqualTo(
				"Your open actions, " + DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH).format(this.today));
		assertThat(mail.text()).startsWith("Hello Anna,")
			.contains("Map the rent offices (" + name + ")")
			.contains("OVERDUE, was due")
			.contains("/actions/" + late.id())
			.contains("Write the leaflet (" + name + ")")
			.contains("In progress · 40% done")
			.contains("/actions/" + going.id())
			.doesNotContain("Finished work")
			.doesNotContain("Dropped work");
		assertThat(mail.text().indexOf("Map the rent offices")).as("soonest due first")
			.isLessThan(mail.text().indexOf("Write the leaflet"));
		ReceivedMail dutch = TestMail.newestTo(this.fixtures.emailOf(daan));
		assertThat(dutch.subject()).startsWith("Jouw open acties, ");
		assertThat(dutch.text()).contains("Write the leaflet").contains("40% klaar").doesNotContain("Map the rent");
		Thread.sleep(500);
		assertThat(TestMail.countTo(this.fixtures.emailOf(anna))).isEqualTo(1);
		assertThat(TestMail.countTo(this.fixtures.emailOf(daan))).isEqualTo(1);
		assertThat(TestMail.countTo(this.fixtures.emailOf(bert))).as("only done or dropped actions").isZero();
		assertThat(TestMail.countTo(this.fixtures.emailOf(facilitator))).as("owns nothing").isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from result_owner_mail where person_id = ? and mail_month = ?", Integer.class,
				anna.id(), this.today.withDayOfMonth(1)))
			.isOne();

		// as if the month were new: two runs at once send one more each, not two
		this.jdbc.update("delete from result_owner_mail where person_id in (?, ?)", anna.id(), daan.id());
		AtOnce.twice(this.job::sendMonthly);
		awaitCount(this.fixtures.emailOf(anna), 2);
		awaitCount(this.fixtures.emailOf(daan), 2);
		Thread.sleep(500);
		assertThat(TestMail.countTo(this.fixtures.emailOf(anna))).as("one more, not two").isEqualTo(2);
		assertThat(TestMail.countTo(this.fixtures.emailOf(daan))).as("one more, not two").isEqualTo(2);
	}

	@Test
	void ownersOfAnOpenActionAreRemindedOnceAWeekBeforeItsDueDate() throws Exception {
		TestPrincipal facilitator = owner(member("Farida"));
		TestPrincipal anna = owner(member("Anna"));
		TestPrincipal bert = owner(member("Bert"));
		TestPrincipal cleo = owner(member("Cleo"));
		UUID community = community("PUBLIC", facilitator, anna, bert, cleo);
		Action due = this.results.action(community, facilitator, "Hand in the report", this.today.plusDays(7), anna,
				bert);
		this.results.action(community, facilitator, "Later work", this.today.plusDays(8), cleo);
		Action done = this.results.action(community, facilitator, "Done early", this.today.plusDays(2), cleo);
		this.jdbc.update("update result_action set status = 'DONE' where id = ?", done.id());
		Action dropped = this.results.action(community, facilitator, "Dropped soon", this.today.plusDays(3), cleo);
		this.jdbc.update("update result_action set status = 'DROPPED', drop_reason = 'No need' where id = ?",
				dropped.id());

		this.job.remindDue();
		this.job.remindDue();

		ReceivedMail mail = TestMail.newestTo(this.fixtures.emailOf(anna));
		assertThat(mail.subject()).isEqualTo("Due in a week: Hand in the report");
		assertThat(mail.text()).startsWith("Hello Anna,").contains("/actions/" + due.id()).contains("0% done");
		assertThat(TestMail.newestTo(this.fixtures.emailOf(bert)).subject())
			.isEqualTo("Due in a week: Hand in the report");
		Thread.sleep(500);
		assertThat(TestMail.countTo(this.fixtures.emailOf(anna))).isEqualTo(1);
		assertThat(TestMail.countTo(this.fixtures.emailOf(bert))).isEqualTo(1);
		assertThat(TestMail.countTo(this.fixtures.emailOf(cleo))).as("not due yet, done or dropped").isZero();
		assertThat(this.jdbc.queryForObject("select due_reminded_on from result_action where id = ?", LocalDate.class,
				due.id()))
			.isEqualTo(this.today);
		assertThat(this.events.stream(ActionDue.class)).singleElement()
			.satisfies((event) -> assertThat(event.actionId()).isEqualTo(due.id()))
			.satisfies((event) -> assertThat(event.ownerIds()).containsExactlyInAnyOrder(anna.id(), bert.id()));

		this.jdbc.update("update result_action set due_reminded_on = null where id = ?", due.id());
		AtOnce.twice(this.job::remindDue);
		awaitCount(this.fixtures.emailOf(anna), 2);
		Thread.sleep(500);
		assertThat(TestMail.countTo(this.fixtures.emailOf(anna))).as("one more, not two").isEqualTo(2);
		assertThat(TestMail.countTo(this.fixtures.emailOf(bert))).as("one more, not two").isEqualTo(2);
	}

	@Test
	void aDueDateMovedAfterItsReminderIsRemindedOfAgainAndOtherChangesAreNot() throws Exception {
		TestPrincipal facilitator = owner(member("Farida"));
		TestPrincipal anna = owner(member("Anna"));
		UUID community = community("PUBLIC", facilitator, anna);
		Action due = this.results.action(community, facilitator, "Hand in the report", this.today.plusDays(6), anna);
		this.job.remindDue();
		awaitCount(this.fixtures.emailOf(anna), 1);

		revise(due.id(), "Hand in the full report", this.today.plusDays(6), anna);
		this.job.remindDue();
		Thread.sleep(500);
		assertThat(TestMail.countTo(this.fixtures.emailOf(anna))).as("same due date: no new reminder").isEqualTo(1);

		revise(due.id(), "Hand in the full report", this.today.plusDays(4), anna);
		this.job.remindDue();
		awaitCount(this.fixtures.emailOf(anna), 2);
		assertThat(TestMail.newestTo(this.fixtures.emailOf(anna)).subject())
			.isEqualTo("Due in a week: Hand in the full report");
	}

	private void revise(UUID actionId, String title, LocalDate dueOn, TestPrincipal owner) {
		this.transactions.executeWithoutResult((status) -> {
			Action action = this.actions.findById(actionId).orElseThrow();
			action.revise(action.agendaYear(), title, action.description(), dueOn, Set.of(owner.id()));
		});
	}

	private TestPrincipal owner(TestPrincipal person) {
		this.owners.add(person.id());
		return person;
	}

	private static void awaitCount(String address, long count) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (TestMail.countTo(address) < count && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
	}

}
