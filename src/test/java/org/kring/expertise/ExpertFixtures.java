package org.kring.expertise;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Expert profiles put straight into the database for tests; {@link #deleteAll()} removes
 * what this instance added (the profile's fields, languages and the rest go with it).
 */
public final class ExpertFixtures {

	private static final OffsetDateTime NOW = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);

	private final JdbcTemplate jdbc;

	private final List<UUID> added = new ArrayList<>();

	public ExpertFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A profile.
	 * @param person its owner
	 * @param visibility who may see it
	 * @param organisation where they work, or null
	 * @param years years per field code
	 * @param languages ISO 639 codes
	 * @param countries ISO 3166 codes
	 * @param qualifications qualification codes
	 * @param availability kinds of work
	 */
	public void add(UUID person, ProfileVisibility visibility, @Nullable UUID organisation, Map<String, Integer> years,
			Set<String> languages, Set<String> countries, Set<String> qualifications, Set<Availability> availability) {
		this.jdbc.update(
				"insert into expertise_profile (person_id, organisation_id, biography, visibility, updated_at, version)"
						+ " values (?, ?, ?, ?, ?, 0)",
				person, organisation, "A test biography.", visibility.name(), NOW);
		this.added.add(person);
		years.forEach((field, n) -> this.jdbc.update(
				"insert into expertise_profile_field (person_id, field_code, years) values (?, ?, ?)", person, field,
				n));
		languages.forEach((language) -> this.jdbc
			.update("insert into expertise_profile_language (person_id, language) values (?, ?)", person, language));
		countries.forEach((country) -> this.jdbc
			.update("insert into expertise_profile_country (person_id, country) values (?, ?)", person, country));
		qualifications.forEach((code) -> this.jdbc.update(
				"insert into expertise_profile_qualification (person_id, qualification_code) values (?, ?)", person,
				code));
		availability.forEach((work) -> this.jdbc
			.update("insert into expertise_profile_availability (person_id, work) values (?, ?)", person, work.name()));
	}

	/**
	 * Many public profiles at once, in batches, for query counts: each with one field,
	 * two languages, a country, a qualification and a kind of work.
	 * @param count how many
	 * @param organisation where they all work, or null
	 * @return their owners
	 */
	public List<UUID> addMany(int count, @Nullable UUID organisation) {
		List<UUID> ids = IntStream.range(0, count).mapToObj((i) -> UUID.randomUUID()).toList();
		this.added.addAll(ids);
		this.jdbc.batchUpdate(
				"insert into expertise_profile (person_id, organisation_id, visibility, updated_at, version)"
						+ " values (?, ?, 'EVERYONE', ?, 0)",
				ids.stream().map((id) -> new Object[] { id, organisation, NOW }).toList());
		this.jdbc.batchUpdate("insert into expertise_profile_field (person_id, field_code, years) values (?, ?, ?)",
				IntStream.range(0, count).mapToObj((i) -> new Object[] { ids.get(i), "education", i % 30 }).toList());
		for (String language : List.of("nl", "en")) {
			this.jdbc.batchUpdate("insert into expertise_profile_language (person_id, language) values (?, ?)",
					ids.stream().map((id) -> new Object[] { id, language }).toList());
		}
		this.jdbc.batchUpdate("insert into expertise_profile_country (person_id, country) values (?, 'BE')",
				ids.stream().map((id) -> new Object[] { id }).toList());
		this.jdbc.batchUpdate(
				"insert into expertise_profile_qualification (person_id, qualification_code) values (?, 'english')",
				ids.stream().map((id) -> new Object[] { id }).toList());
		this.jdbc.batchUpdate("insert into expertise_profile_availability (person_id, work) values (?, 'REVIEWER')",
				ids.stream().map((id) -> new Object[] { id }).toList());
		return ids;
	}

	public void deleteAll() {
		this.jdbc.batchUpdate("delete from expertise_profile where person_id = ?",
				this.added.stream().map((id) -> new Object[] { id }).toList());
		this.added.clear();
	}

}
