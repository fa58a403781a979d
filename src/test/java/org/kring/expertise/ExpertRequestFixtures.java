package org.kring.expertise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.browser.TestMail;
import org.kring.system.TestPrincipal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People, expert profiles and communities for the request tests, written straight into
 * their tables, and everything they and their requests left (rows and files) deleted
 * again.
 */
public final class ExpertRequestFixtures {

	public static final String PASSWORD = "harbour lantern quietly 58";

	private final JdbcTemplate jdbc;

	private final AccountManagement accounts;

	private final Path directory;

	private final List<UUID> people = new ArrayList<>();

	private final List<UUID> communities = new ArrayList<>();

	public ExpertRequestFixtures(JdbcTemplate jdbc, AccountManagement accounts, Path directory) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.directory = directory;
	}

	public Path directory() {
		return this.directory;
	}

	public TestPrincipal person(String name, InstanceRole role, @Nullable Locale language) {
		String email = TestMail.newAddress(name.toLowerCase(Locale.ROOT).replace(' ', '.'));
		UUID id = this.accounts.createVerified(name, email, PASSWORD, language, role);
		this.people.add(id);
		return new TestPrincipal(id, name, language, role == InstanceRole.ADMINISTRATOR,
				role == InstanceRole.COORDINATOR);
	}

	/**
	 * Someone with an expert profile.
	 * @param visibility EVERYONE, COMMUNITIES or COORDINATORS
	 */
	public TestPrincipal expert(String name, String visibility, @Nullable Locale language) {
		TestPrincipal expert = person(name, InstanceRole.MEMBER, language);
		this.jdbc.update("insert into expertise_profile (person_id, visibility, updated_at) values (?, ?, ?)",
				expert.id(), visibility, Timestamp.from(Instant.now()));
		return expert;
	}

	/** A members-only community with its facilitator and members. */
	public UUID community(TestPrincipal facilitator, TestPrincipal... members) {
		UUID id = UUID.randomUUID();
		this.communities.add(id);
		this.jdbc.update("insert into community (id, slug, kind, visibility, join_policy, status, original_language,"
				+ " name, domain, practice, created_at, created_by, version) values (?, ?, 'COMMUNITY_OF_PRACTICE',"
				+ " 'MEMBERS_ONLY', 'OPEN', 'ACTIVE', 'en', ?, 'A domain', 'A practice', ?, ?, 0)", id,
				"req-" + id.toString().substring(0, 12), "Network " + id.toString().substring(0, 6),
				Timestamp.from(Instant.now()), facilitator.id());
		join(id, facilitator, "FACILITATOR");
		for (TestPrincipal member : members) {
			join(id, member, "MEMBER");
		}
		return id;
	}

	public void join(UUID community, TestPrincipal person, String role) {
		this.jdbc.update(
				"insert into membership (id, community_id, person_id, role, joined_at, version) values (?, ?, ?, ?, ?, 0)",
				UUID.randomUUID(), community, person.id(), role, Timestamp.from(Instant.now()));
	}

	public String emailOf(TestPrincipal person) {
		return this.accounts.find(person.id()).orElseThrow().email();
	}

	/** Deletes the people, their profiles, communities, requests, replies and files. */
	public void deleteAll() throws IOException {
		for (UUID person : this.people) {
			for (UUID file : this.jdbc.queryForList(
					"select a.id from expertise_request_attachment a join"
							+ " expertise_request r on r.id = a.request_id where r.asked_by = ? or a.expert_id = ?",
					UUID.class, person, person)) {
				Files.deleteIfExists(this.directory.resolve(file.toString()));
			}
			this.jdbc.update("delete from expertise_request where asked_by = ?", person);
			this.jdbc.update("delete from expertise_request_expert where expert_id = ?", person);
			this.jdbc.update("delete from expertise_profile where person_id = ?", person);
			this.jdbc.update("delete from membership where person_id = ?", person);
			this.jdbc.update("delete from account_token where person_id = ?", person);
			this.jdbc.update("delete from person where id = ?", person);
		}
		for (UUID community : this.communities) {
			this.jdbc.update("delete from membership where community_id = ?", community);
			this.jdbc.update("delete from community where id = ?", community);
		}
		this.people.clear();
		this.communities.clear();
	}

	static Path directoryOf(org.kring.expertise.internal.ExpertRequestSettings settings,
			org.kring.system.KringProperties properties) {
		return ((settings.directory() != null) ? settings.directory()
				: properties.dataDirectory().resolve("expert-requests"))
			.toAbsolutePath();
	}

}
