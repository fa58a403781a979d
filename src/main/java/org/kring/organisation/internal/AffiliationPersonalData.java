package org.kring.organisation.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.kring.account.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the organisation module holds about a person: the organisation they said they
 * belong to, and since when.
 */
@Component
class AffiliationPersonalData implements PersonalData {

	static final String SECTION = "organisations";

	private final JdbcClient jdbc;

	private final Affiliations affiliations;

	AffiliationPersonalData(JdbcClient jdbc, Affiliations affiliations) {
		this.jdbc = jdbc;
		this.affiliations = affiliations;
	}

	@Override
	public String section() {
		return SECTION;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		Map<String, Object> data = new LinkedHashMap<>();
		this.jdbc.sql("""
				select o.name, o.slug, a.since from organisation_affiliation a
				join organisation o on o.id = a.organisation_id where a.person_id = :person""")
			.param("person", personId)
			.query((rs) -> {
				Map<String, Object> affiliation = new LinkedHashMap<>();
				affiliation.put("organisation", rs.getString("name"));
				affiliation.put("slug", rs.getString("slug"));
				affiliation.put("since", rs.getObject("since", OffsetDateTime.class).toInstant().toString());
				data.put("belongsTo", affiliation);
			});
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		this.affiliations.deleteById(personId);
	}

}
