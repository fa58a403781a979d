package org.kring.expertise.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The active experts of a community counted by field and partner organisation, against
 * its targets. A cell counts the distinct people with that field at that partner; a
 * partner's total counts its distinct people once, however many fields each covers, and
 * includes those whose fields are all retired; a field's total counts its distinct people
 * across every organisation. Experts of an organisation that is no partner, or of none,
 * are counted in an "other" column that has no target. Pure: computed from what the
 * queries read, no database.
 */
final class CoverageMatrix {

	private final List<String> fields;

	private final List<UUID> partners;

	private final CoverageTarget target;

	private final Map<String, Map<UUID, Set<String>>> byFieldAndPartner = new HashMap<>();

	private final Map<String, Set<String>> otherByField = new HashMap<>();

	private final Map<UUID, Set<String>> byPartner = new HashMap<>();

	private final Set<String> others = new HashSet<>();

	private final Map<String, Set<String>> byField = new HashMap<>();

	private final Set<String> everyone = new HashSet<>();

	/**
	 * Counts the experts.
	 * @param fields the codes of the fields in use, in the order of the rows
	 * @param partners the partner organisations, in the order of the columns
	 * @param experts the community's active experts
	 * @param target what the community aims for
	 */
	CoverageMatrix(List<String> fields, List<UUID> partners, List<ActiveExpert> experts, CoverageTarget target) {
		this.fields = List.copyOf(fields);
		this.partners = List.copyOf(partners);
		this.target = target;
		for (ActiveExpert expert : experts) {
			boolean partner = expert.organisationId() != null && this.partners.contains(expert.organisationId());
			this.everyone.add(expert.person());
			if (partner) {
				this.byPartner.computeIfAbsent(expert.organisationId(), (id) -> new HashSet<>()).add(expert.person());
			}
			else {
				this.others.add(expert.person());
			}
			for (String field : expert.fields()) {
				if (!this.fields.contains(field)) {
					continue;
				}
				this.byField.computeIfAbsent(field, (code) -> new HashSet<>()).add(expert.person());
				if (partner) {
					this.byFieldAndPartner.computeIfAbsent(field, (code) -> new HashMap<>())
						.computeIfAbsent(expert.organisationId(), (id) -> new HashSet<>())
						.add(expert.person());
				}
				else {
					this.otherByField.computeIfAbsent(field, (code) -> new HashSet<>()).add(expert.person());
				}
			}
		}
	}

	List<String> fields() {
		return this.fields;
	}

	List<UUID> partners() {
		return this.partners;
	}

	CoverageTarget target() {
		return this.target;
	}

	int count(String field, UUID partner) {
		return this.byFieldAndPartner.getOrDefault(field, Map.of()).getOrDefault(partner, Set.of()).size();
	}

	int otherCount(String field) {
		return this.otherByField.getOrDefault(field, Set.of()).size();
	}

	int partnerTotal(UUID partner) {
		return this.byPartner.getOrDefault(partner, Set.of()).size();
	}

	int otherTotal() {
		return this.others.size();
	}

	int fieldTotal(String field) {
		return this.byField.getOrDefault(field, Set.of()).size();
	}

	int total() {
		return this.everyone.size();
	}

	boolean cellShort(String field, UUID partner) {
		return count(field, partner) < this.target.expertsPerField();
	}

	boolean partnerShort(UUID partner) {
		return partnerTotal(partner) < this.target.expertsPerPartner();
	}

	/**
	 * Every shortfall, partner by partner in column order: first the partner's total,
	 * then its fields in row order.
	 * @return the gaps, empty when every target is met
	 */
	List<Gap> gaps() {
		List<Gap> gaps = new ArrayList<>();
		for (UUID partner : this.partners) {
			if (partnerShort(partner)) {
				gaps.add(new Gap(partner, null, partnerTotal(partner), this.target.expertsPerPartner()));
			}
			for (String field : this.fields) {
				if (cellShort(field, partner)) {
					gaps.add(new Gap(partner, field, count(field, partner), this.target.expertsPerField()));
				}
			}
		}
		return gaps;
	}

	/**
	 * A shortfall.
	 *
	 * @param partner the partner organisation that falls short
	 * @param field the field it falls short on, or null for its total
	 * @param count how many active experts it has there
	 * @param target how many it should have
	 */
	record Gap(UUID partner, @Nullable String field, int count, int target) {
	}

}
