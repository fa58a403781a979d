package org.kring.result;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingClosed;
import org.kring.meeting.MeetingProduct;
import org.kring.meeting.ProductKind;
import org.kring.organisation.FieldVocabulary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result module on its own with the modules it needs: a closed meeting's products
 * become a tool, a draft signal, an action and a legislation test, once each.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Tag("database")
class ResultsFromMeetingsTests {

	private static final Instant HELD = Instant.parse("2026-03-10T18:30:00Z");

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The vocabulary of fields comes from the expertise module, which results do not
	 * need.
	 */
	@MockitoBean
	FieldVocabulary fieldVocabulary;

	private final UUID community = UUID.randomUUID();

	private final UUID municipality = UUID.randomUUID();

	private final UUID ngo = UUID.randomUUID();

	@AfterEach
	void deleteWhatWasAdded() {
		for (String table : List.of("result_legislation_test", "result_signal", "result_action", "result_tool")) {
			this.jdbc.update("delete from " + table + " where community_id = ?", this.community);
		}
		this.jdbc.update("delete from organisation where id in (?, ?)", this.municipality, this.ngo);
	}

	@Test
	void everyProductOfAClosedMeetingBecomesItsResult(Scenario scenario) {
		organisation(this.municipality, "Stad Gent", "MUNICIPALITY");
		MeetingClosed closed = closed(product(ProductKind.TOOL, "Checklist for the first visit", null, null),
				product(ProductKind.JOINT_SIGNAL, "Waiting times at the counter", "stad gent", null),
				product(ProductKind.ACTION_PROPOSAL, "Map the free legal advice", null, null),
				product(ProductKind.LEGISLATION_TEST, "Emergency medical aid in practice", null, "Art. 57 OCMW-wet"));

		scenario.publish(closed).andWaitForStateChange(() -> results(), (count) -> count == 4).andVerify((count) -> {
			MeetingProduct tool = closed.products().get(0);
			assertThat(
					row("select title, meeting_id, theme, theme_id from result_tool where product_id = ?", tool.id()))
				.containsEntry("title", "Checklist for the first visit")
				.containsEntry("meeting_id", closed.meetingId())
				.containsEntry("theme", "Access to care")
				.containsEntry("theme_id", closed.themeId());
			assertThat(row("select state, kind, authority_id, authority_office, body, created_by from result_signal"
					+ " where product_id = ?", closed.products().get(1).id()))
				.containsEntry("state", "DRAFT")
				.containsEntry("kind", "SIGNAL")
				.containsEntry("authority_id", this.municipality)
				.containsEntry("authority_office", null)
				.containsEntry("body", "About Waiting times at the counter.")
				.containsEntry("created_by", closed.closedBy());
			assertThat(row("select agenda_year, status, needs_owner from result_action where product_id = ?",
					closed.products().get(2).id()))
				.containsEntry("agenda_year", 2026)
				.containsEntry("status", "PLANNED")
				.containsEntry("needs_owner", true);
			assertThat(row("select rule_tested, title, finding from result_legislation_test where product_id = ?",
					closed.products().get(3).id()))
				.containsEntry("rule_tested", "Art. 57 OCMW-wet")
				.containsEntry("title", "Emergency medical aid in practice")
				.containsEntry("finding", "About Emergency medical aid in practice.");
		});
	}

	@Test
	void aSignalToAnAuthorityNotKnownAsGovernmentIsAddressedToTheNamedOffice(Scenario scenario) {
		organisation(this.ngo, "Vluchtelingenwerk Oost", "NGO");
		MeetingClosed closed = closed(
				product(ProductKind.JOINT_SIGNAL, "Interpreters at the hospital", "Vluchtelingenwerk Oost", null),
				product(ProductKind.JOINT_SIGNAL, "Opening hours", "  Loket Vreemdelingenzaken Gent ", null));

		scenario.publish(closed).andWaitForStateChange(() -> results(), (count) -> count == 2).andVerify((count) -> {
			assertThat(row("select authority_id, authority_office from result_signal where product_id = ?",
					closed.products().get(0).id()))
				.containsEntry("authority_id", null)
				.containsEntry("authority_office", "Vluchtelingenwerk Oost");
			assertThat(row("select authority_office from result_signal where product_id = ?",
					closed.products().get(1).id()))
				.containsEntry("authority_office", "Loket Vreemdelingenzaken Gent");
		});
	}

	@Test
	void theSameClosedMeetingDeliveredTwiceLeavesEachResultOnce(Scenario scenario) {
		MeetingClosed closed = closed(product(ProductKind.TOOL, "Glossary of benefits", null, null),
				product(ProductKind.ACTION_PROPOSAL, "Visit the job centre together", null, null));
		scenario.publish(closed).andWaitForStateChange(() -> results(), (count) -> count == 2);

		scenario.publish(closed)
			.andWaitForStateChange(
					() -> this.jdbc.queryForObject(
							"select count(*) from event_publication"
									+ " where listener_id like '%ResultsFromMeetings%' and serialized_event like ?"
									+ " and completion_date is not null",
							Integer.class, "%" + closed.meetingId() + "%"),
					(handled) -> handled == 2)
			.andVerify((handled) -> assertThat(results()).isEqualTo(2));
	}

	private int results() {
		return this.jdbc.queryForObject(
				"select (select count(*) from result_tool where community_id = ?)"
						+ " + (select count(*) from result_signal where community_id = ?)"
						+ " + (select count(*) from result_action where community_id = ?)"
						+ " + (select count(*) from result_legislation_test where community_id = ?)",
				Integer.class, this.community, this.community, this.community, this.community);
	}

	private Map<String, Object> row(String sql, UUID productId) {
		return this.jdbc.queryForMap(sql, productId);
	}

	private MeetingClosed closed(MeetingProduct... products) {
		return new MeetingClosed(UUID.randomUUID(), this.community, "Third meeting", "Access to care",
				UUID.randomUUID(), HELD, UUID.randomUUID(), HELD.plusSeconds(7200), List.of(products));
	}

	private static MeetingProduct product(ProductKind kind, String title, String authority, String rule) {
		return new MeetingProduct(UUID.randomUUID(), kind, title, "About " + title + ".", authority, null, rule);
	}

	private void organisation(UUID id, String name, String kind) {
		this.jdbc.update(
				"insert into organisation (id, slug, name, kind, country, created_at, version) values (?, ?, ?, ?, 'BE', ?, 0)",
				id, "org-" + id.toString().substring(0, 12), name, kind,
				Timestamp.from(LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)));
	}

}
