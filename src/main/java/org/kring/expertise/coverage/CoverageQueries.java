package org.kring.expertise.coverage;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a community's active experts and its targets, and stores its targets: one
 * statement each, whatever the number of experts.
 */
@Component
class CoverageQueries {

	private final JdbcClient jdbc;

	private final Clock clock;

	CoverageQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The active experts of a community with the fields they were nominated on.
	 * @param communityId the community
	 * @return the experts, possibly none
	 */
	List<ActiveExpert> activeExperts(UUID communityId) {
		Map<UUID, Nominee> nominees = new LinkedHashMap<>();
		this.jdbc
			.sql("select n.id, n.person_id, n.organisation_id, f.field_code from expertise_nomination n"
					+ " left join expertise_nomination_field f on f.nomination_id = n.id"
					+ " where n.community_id = :community and n.state = 'ACTIVE'")
			.param("community", communityId)
			.query((row) -> {
				UUID id = row.getObject("id", UUID.class);
				UUID person = row.getObject("person_id", UUID.class);
				UUID organisation = row.getObject("organisation_id", UUID.class);
				Nominee nominee = nominees.computeIfAbsent(id,
						(key) -> new Nominee((person != null) ? person.toString() : "nomination:" + key, organisation,
								new HashSet<>()));
				String field = row.getString("field_code");
				if (field != null) {
					nominee.fields().add(field);
				}
			});
		List<ActiveExpert> experts = new ArrayList<>();
		nominees.values()
			.forEach((nominee) -> experts
				.add(new ActiveExpert(nominee.person(), nominee.organisationId(), nominee.fields())));
		return experts;
	}

	/**
	 * What a community aims for.
	 * @param communityId the community
	 * @return its own targets, or the defaults when it set none
	 */
	CoverageTarget target(UUID communityId) {
		return this.jdbc
			.sql("select experts_per_partner, experts_per_field from expertise_coverage_target"
					+ " where community_id = :community")
			.param("community", communityId)
			.query((row, number) -> new CoverageTarget(row.getInt(1), row.getInt(2)))
			.optional()
			.orElse(CoverageTarget.DEFAULT);
	}

	/**
	 * Sets what a community aims for, replacing what it aimed for before.
	 * @param communityId the community
	 * @param target the new targets
	 * @param by who set them
	 */
	void setTarget(UUID communityId, CoverageTarget target, UUID by) {
		try {
			if (update(communityId, target, by) == 0) {
				this.jdbc
					.sql("insert into expertise_coverage_target"
							+ " (community_id, experts_per_partner, experts_per_field, updated_by, updated_at)"
							+ " values (:community, :partner, :field, :by, :at)")
					.params(parameters(communityId, target, by))
					.update();
			}
		}
		catch (DuplicateKeyException ex) {
			// Someone else set the targets between our update and insert: ours come last.
			update(communityId, target, by);
		}
	}

	private int update(UUID communityId, CoverageTarget target, UUID by) {
		return this.jdbc
			.sql("update expertise_coverage_target set experts_per_partner = :partner, experts_per_field = :field,"
					+ " updated_by = :by, updated_at = :at where community_id = :community")
			.params(parameters(communityId, target, by))
			.update();
	}

	private Map<String, @Nullable Object> parameters(UUID communityId, CoverageTarget target, UUID by) {
		return Map.of("community", communityId, "partner", target.expertsPerPartner(), "field",
				target.expertsPerField(), "by", by, "at", OffsetDateTime.now(this.clock));
	}

	private record Nominee(String person, @Nullable UUID organisationId, Set<String> fields) {
	}

}
