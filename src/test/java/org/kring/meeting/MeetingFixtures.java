package org.kring.meeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.browser.TestMail;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingDetails;
import org.kring.meeting.internal.MeetingFormat;
import org.kring.meeting.internal.Meetings;
import org.kring.system.TestPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People, communities and meetings for the meeting module's tests, and their removal
 * afterwards: tests share the database on the PostgreSQL pass, so each deletes exactly
 * what it added.
 */
public final class MeetingFixtures {

	public static final String PASSWORD = "harbour lantern quietly 58";

	public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final JdbcTemplate jdbc;

	private final AccountManagement accounts;

	private final Meetings meetings;

	private final List<UUID> people = new ArrayList<>();

	private final List<UUID> communities = new ArrayList<>();

	public MeetingFixtures(JdbcTemplate jdbc, AccountManagement accounts, Meetings meetings) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.meetings = meetings;
	}

	public TestPrincipal person(String name, InstanceRole role, @Nullable Locale language) {
		String email = TestMail.newAddress(name.toLowerCase(Locale.ROOT).replace(' ', '.'));
		UUID id = this.accounts.createVerified(name, email, PASSWORD, language, role);
		this.people.add(id);
		return new TestPrincipal(id, name, language, role == InstanceRole.ADMINISTRATOR,
				role == InstanceRole.COORDINATOR);
	}

	public TestPrincipal member(String name) {
		return person(name, InstanceRole.MEMBER, Locale.ENGLISH);
	}

	public String emailOf(TestPrincipal person) {
		return this.accounts.find(person.id()).orElseThrow().email();
	}

	/**
	 * A community with its facilitator and members.
	 * @param visibility PUBLIC, MEMBERS_ONLY or SECRET
	 * @return the community's id; its slug is {@link #slugOf}
	 */
	public UUID community(String visibility, TestPrincipal facilitator, TestPrincipal... members) {
		UUID id = UUID.randomUUID();
		this.communities.add(id);
		this.jdbc.update(
				"insert into community (id, slug, kind, visibility, join_policy, status, original_language,"
						+ " name, domain, practice, created_at, created_by, version) values (?, ?, 'LEARNING_NETWORK',"
						+ " ?, 'OPEN', 'ACTIVE', 'en', ?, 'A domain', 'A practice', ?, ?, 0)",
				id, slugOf(id), visibility, "Network " + id.toString().substring(0, 6), Timestamp.from(Instant.now()),
				facilitator.id());
		join(id, facilitator, "FACILITATOR");
		for (TestPrincipal member : members) {
			join(id, member, "MEMBER");
		}
		return id;
	}

	public static String slugOf(UUID community) {
		return "meet-" + community.toString().substring(0, 12);
	}

	public void join(UUID community, TestPrincipal person, String role) {
		this.jdbc.update(
				"insert into membership (id, community_id, person_id, role, joined_at, version) values (?, ?, ?, ?, ?, 0)",
				UUID.randomUUID(), community, person.id(), role, Timestamp.from(Instant.now()));
	}

	/**
	 * Details of a two-hour meeting in a place, starting some days from now at 19:30 in
	 * Brussels.
	 */
	public static MeetingDetails details(String title, int daysAhead, @Nullable Integer capacity,
			boolean publicMeeting) {
		ZonedDateTime start = ZonedDateTime.now(BRUSSELS)
			.plusDays(daysAhead)
			.withHour(19)
			.withMinute(30)
			.withSecond(0)
			.withNano(0);
		return new MeetingDetails(title, "Housing and income", "We look at rent allowances.", start, start.plusHours(2),
				MeetingFormat.IN_PERSON, "Stationsstraat 1, Gent", "Zaal 2", "Ring the bell", null, capacity, null,
				null, Set.of(), publicMeeting, MeetingDetails.DEFAULT_REMINDER_MINUTES, List.of(), Set.of());
	}

	public Meeting meeting(UUID community, TestPrincipal createdBy, MeetingDetails details) {
		return this.meetings.save(Meeting.schedule(community, details, createdBy.id(), Instant.now()));
	}

	public Meeting meeting(UUID community, TestPrincipal createdBy, String title) {
		return meeting(community, createdBy, details(title, 14, 20, false));
	}

	/**
	 * The communities made so far, for other modules' fixtures to delete their rows of
	 * first.
	 * @return their ids
	 */
	public List<UUID> communities() {
		return List.copyOf(this.communities);
	}

	/** Deletes the people, communities, and every series, meeting and theme of them. */
	public void deleteAll() {
		for (UUID community : this.communities) {
			this.jdbc.update("delete from meeting_theme_support where theme_id in"
					+ " (select id from meeting_theme where community_id = ?)", community);
			this.jdbc.update("update meeting_theme set merged_into = null where community_id = ?", community);
			this.jdbc.update("delete from meeting_theme where community_id = ?", community);
			this.jdbc.update("delete from meeting where community_id = ?", community);
			this.jdbc.update("delete from meeting_series where community_id = ?", community);
			this.jdbc.update("delete from membership where community_id = ?", community);
			this.jdbc.update("delete from community where id = ?", community);
		}
		for (UUID person : this.people) {
			this.jdbc.update("delete from meeting_calendar_feed where person_id = ?", person);
			this.jdbc.update("delete from meeting_registration where person_id = ?", person);
			this.jdbc.update("delete from membership where person_id = ?", person);
			this.jdbc.update("delete from account_token where person_id = ?", person);
			this.jdbc.update("delete from person where id = ?", person);
		}
		this.people.clear();
		this.communities.clear();
	}

}
