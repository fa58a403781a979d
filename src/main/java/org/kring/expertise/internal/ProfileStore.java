package org.kring.expertise.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.kring.expertise.Availability;
import org.kring.expertise.ExpertProfile;
import org.kring.expertise.FieldExpert;
import org.kring.expertise.FieldExperience;
import org.kring.expertise.ProfileVisibility;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Expert profiles in their tables: one profile is read in two queries, whatever the
 * number of its fields, languages and countries, and saved whole. Every change brings the
 * profile's {@link ProfileSearchEntry search entry} up to date when the transaction
 * commits, as Hibernate Search does not see these statements.
 */
@Repository
public class ProfileStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final EntityManager entityManager;

	ProfileStore(JdbcClient jdbc, JdbcTemplate batch, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.entityManager = entityManager;
	}

	/**
	 * A person's profile.
	 * @param personId the person
	 * @return the profile, or empty when they have none
	 */
	public Optional<ExpertProfile> find(UUID personId) {
		Optional<Head> head = this.jdbc
			.sql("select organisation_id, biography, visibility from expertise_profile where person_id = :person")
			.param("person", personId)
			.query((rs, row) -> new Head(rs.getObject("organisation_id", UUID.class), rs.getString("biography"),
					ProfileVisibility.valueOf(rs.getString("visibility"))))
			.optional();
		return head.map((found) -> withParts(personId, found));
	}

	private ExpertProfile withParts(UUID personId, Head head) {
		List<FieldExperience> fields = new ArrayList<>();
		List<String> qualifications = new ArrayList<>();
		List<String> languages = new ArrayList<>();
		List<String> countries = new ArrayList<>();
		Set<Availability> availability = EnumSet.noneOf(Availability.class);
		this.jdbc
			.sql("""
					select 'F' as part, field_code as code, years, note from expertise_profile_field where person_id = :person
					union all select 'Q', qualification_code, cast(null as int), cast(null as varchar(300))
					  from expertise_profile_qualification where person_id = :person
					union all select 'L', language, cast(null as int), cast(null as varchar(300))
					  from expertise_profile_language where person_id = :person
					union all select 'C', country, cast(null as int), cast(null as varchar(300))
					  from expertise_profile_country where person_id = :person
					union all select 'A', work, cast(null as int), cast(null as varchar(300))
					  from expertise_profile_availability where person_id = :person
					order by part, years desc, code""")
			.param("person", personId)
			.query((rs) -> {
				String code = rs.getString("code");
				switch (rs.getString("part")) {
					case "F" -> fields.add(new FieldExperience(code, rs.getInt("years"), rs.getString("note")));
					case "Q" -> qualifications.add(code);
					case "L" -> languages.add(code);
					case "C" -> countries.add(code);
					default -> availability.add(Availability.valueOf(code));
				}
			});
		return new ExpertProfile(personId, head.organisationId(), head.biography(), head.visibility(), fields,
				qualifications, languages, countries, availability);
	}

	/**
	 * Saves a profile over the one stored, if any.
	 * @param profile the whole profile
	 * @param displayName its owner's name, for the search
	 * @param now when it was saved
	 */
	public void save(ExpertProfile profile, String displayName, Instant now) {
		UUID person = profile.personId();
		Map<String, @Nullable Object> head = new LinkedHashMap<>();
		head.put("person", person);
		head.put("name", displayName);
		head.put("organisation", profile.organisationId());
		head.put("biography", profile.biography());
		head.put("visibility", profile.visibility().name());
		head.put("now", Timestamp.from(now));
		int updated = this.jdbc.sql("""
				update expertise_profile set organisation_id = :organisation, biography = :biography,
				visibility = :visibility, display_name = :name, updated_at = :now, version = version + 1
				where person_id = :person""").params(head).update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into expertise_profile (person_id, organisation_id, biography, visibility, display_name,
					updated_at, version) values (:person, :organisation, :biography, :visibility, :name, :now, 0)""")
				.params(head)
				.update();
		}
		deleteParts(person);
		this.batch.batchUpdate(
				"insert into expertise_profile_field (person_id, field_code, years, note) values (?, ?, ?, ?)",
				profile.fields()
					.stream()
					.map((field) -> new Object[] { person, field.fieldCode(), field.years(), field.note() })
					.toList());
		insertCodes("expertise_profile_qualification", "qualification_code", person, profile.qualifications());
		insertCodes("expertise_profile_language", "language", person, profile.languages());
		insertCodes("expertise_profile_country", "country", person, profile.countries());
		insertCodes("expertise_profile_availability", "work", person,
				profile.availability().stream().map(Availability::name).toList());
		reindex(person);
	}

	/**
	 * Keeps the name a person's profile is found by, when they have a profile.
	 * @param personId the person
	 * @param displayName their name now
	 */
	public void rename(UUID personId, String displayName) {
		int renamed = this.jdbc.sql("update expertise_profile set display_name = :name where person_id = :person")
			.param("name", displayName)
			.param("person", personId)
			.update();
		if (renamed > 0) {
			reindex(personId);
		}
	}

	/**
	 * The people whose profile was saved before its name was kept for the search.
	 * @return their ids
	 */
	public List<UUID> unnamed() {
		return this.jdbc.sql("select person_id from expertise_profile where display_name is null")
			.query(UUID.class)
			.list();
	}

	/**
	 * Deletes a person's profile with everything in it.
	 * @param personId the person
	 * @return true when there was one
	 */
	public boolean delete(UUID personId) {
		deleteParts(personId);
		Search.session(this.entityManager).indexingPlan().purge(ProfileSearchEntry.class, personId, null);
		return this.jdbc.sql("delete from expertise_profile where person_id = :person")
			.param("person", personId)
			.update() > 0;
	}

	/**
	 * The field codes of the people whose profile fellow members may see, in one query.
	 * @param personIds the people
	 * @return each person's field codes, most years first; people without a profile that
	 * fellow members may see, or without fields, are left out
	 */
	public Map<UUID, List<String>> fieldsShownToMembers(Collection<UUID> personIds) {
		Map<UUID, List<String>> fields = new LinkedHashMap<>();
		if (personIds.isEmpty()) {
			return fields;
		}
		this.jdbc.sql("""
				select f.person_id, f.field_code from expertise_profile_field f
				join expertise_profile p on p.person_id = f.person_id
				where p.visibility in ('EVERYONE', 'COMMUNITIES') and f.person_id in (:people)
				order by f.person_id, f.years desc, f.field_code""")
			.param("people", List.copyOf(personIds))
			.query((rs) -> {
				fields.computeIfAbsent(rs.getObject("person_id", UUID.class), (id) -> new ArrayList<>())
					.add(rs.getString("field_code"));
			});
		return fields;
	}

	/**
	 * The experts of some fields, most years in them first.
	 * @param fieldCodes the fields
	 * @param limit the most experts to answer
	 * @return the experts with at least one of the fields
	 */
	public List<FieldExpert> expertsIn(Collection<String> fieldCodes, int limit) {
		if (fieldCodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select p.person_id, p.organisation_id, sum(f.years) as years from expertise_profile p
				join expertise_profile_field f on f.person_id = p.person_id
				where f.field_code in (:fields)
				group by p.person_id, p.organisation_id
				order by years desc, p.person_id
				limit :limit""")
			.param("fields", List.copyOf(fieldCodes))
			.param("limit", limit)
			.query((rs, row) -> new FieldExpert(rs.getObject("person_id", UUID.class),
					rs.getObject("organisation_id", UUID.class), rs.getInt("years")))
			.list();
	}

	private void reindex(UUID person) {
		ProfileSearchEntry entry = this.entityManager.find(ProfileSearchEntry.class, person);
		if (entry != null) {
			// an entry read earlier in this transaction would be indexed as it was then
			this.entityManager.refresh(entry);
			Search.session(this.entityManager).indexingPlan().addOrUpdate(entry);
		}
	}

	private void deleteParts(UUID person) {
		// the foreign keys cascade too; deleting explicitly keeps a save to the same
		// statements on every database
		for (String table : List.of("expertise_profile_field", "expertise_profile_qualification",
				"expertise_profile_language", "expertise_profile_country", "expertise_profile_availability")) {
			this.jdbc.sql("delete from " + table + " where person_id = :person").param("person", person).update();
		}
	}

	private void insertCodes(String table, String column, UUID person, List<String> codes) {
		this.batch.batchUpdate("insert into " + table + " (person_id, " + column + ") values (?, ?)",
				codes.stream().map((code) -> new Object[] { person, code }).toList());
	}

	private record Head(@Nullable UUID organisationId, @Nullable String biography, ProfileVisibility visibility) {
	}

}
