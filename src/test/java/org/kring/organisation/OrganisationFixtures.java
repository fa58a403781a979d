package org.kring.organisation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Organisations put straight into the database for tests, each with a slug of its own so
 * that test classes sharing one database never collide; {@link #deleteAll()} removes what
 * this instance added.
 */
public final class OrganisationFixtures {

	private static final OffsetDateTime NOW = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);

	private final JdbcTemplate jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final List<UUID> added = new ArrayList<>();

	public OrganisationFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An organisation in a country, working on some fields.
	 * @param name its name; the slug is made from it and this fixture's run
	 * @param kind its kind
	 * @param country its country code
	 * @param region its region, or null
	 * @param fields the codes of its fields
	 * @return it
	 */
	public OrganisationSummary add(String name, OrganisationKind kind, String country, @Nullable String region,
			String... fields) {
		UUID id = UUID.randomUUID();
		String slug = slugOf(name);
		this.jdbc.update(
				"insert into organisation (id, slug, name, kind, country, region, website, description, created_at, version)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
				id, slug, name, kind.name(), country, region, "https://example.org/" + slug, "About " + name + ".",
				NOW);
		for (String field : fields) {
			this.jdbc.update("insert into organisation_field (organisation_id, field_code) values (?, ?)", id, field);
		}
		this.added.add(id);
		return new OrganisationSummary(id, slug, name, kind, country);
	}

	/**
	 * Many organisations at once, in batches, for query counts.
	 * @param count how many
	 * @param country their country
	 * @param field their one field
	 */
	public void addMany(int count, String country, String field) {
		List<UUID> ids = IntStream.range(0, count).mapToObj((i) -> UUID.randomUUID()).toList();
		this.added.addAll(ids);
		this.jdbc.batchUpdate(
				"insert into organisation (id, slug, name, kind, country, region, created_at, version)"
						+ " values (?, ?, ?, 'NGO', ?, 'Somewhere', ?, 0)",
				ids.stream()
					.map((id) -> new Object[] { id, "many-" + id, "Many " + id.toString().substring(0, 8), country,
							NOW })
					.toList());
		this.jdbc.batchUpdate("insert into organisation_field (organisation_id, field_code) values (?, ?)",
				ids.stream().map((id) -> new Object[] { id, field }).toList());
		this.jdbc.batchUpdate(
				"insert into organisation_relation (id, source_id, target_id, kind, note, created_at)"
						+ " values (?, ?, ?, 'COOPERATES_WITH', 'many', ?)",
				IntStream.range(1, ids.size())
					.mapToObj((i) -> new Object[] { UUID.randomUUID(), ids.get(i - 1), ids.get(i), NOW })
					.toList());
	}

	public void relate(OrganisationSummary source, OrganisationSummary target, RelationKind kind,
			@Nullable String note) {
		this.jdbc.update(
				"insert into organisation_relation (id, source_id, target_id, kind, note, created_at) values (?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), source.id(), target.id(), kind.name(), note, NOW);
	}

	public void affiliate(UUID personId, OrganisationSummary organisation) {
		this.jdbc.update("insert into organisation_affiliation (person_id, organisation_id, since) values (?, ?, ?)",
				personId, organisation.id(), NOW);
	}

	public String slugOf(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-"
				+ this.run;
	}

	/** Also what the application itself made in a test whose names start with the run. */
	public void deleteAll() {
		this.jdbc.update("delete from organisation where slug like ?", "%" + this.run + "%");
		List<Object[]> ids = this.added.stream().map((id) -> new Object[] { id }).toList();
		this.jdbc.batchUpdate("delete from organisation where id = ?", ids);
		this.added.clear();
	}

	public String run() {
		return this.run;
	}

}
