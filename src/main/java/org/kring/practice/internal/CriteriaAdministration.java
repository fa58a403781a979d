package org.kring.practice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with the criteria: add, rename an added one, reorder, retire and
 * restore. The order is kept as positions 1, 2, 3, … rewritten on every move.
 */
@Service
public class CriteriaAdministration {

	private final Criteria criteria;

	CriteriaAdministration(Criteria criteria) {
		this.criteria = criteria;
	}

	/** Every criterion, retired ones included, in order. */
	@Transactional(readOnly = true)
	public List<Criterion> all() {
		return this.criteria.findAllByOrderByPositionAsc();
	}

	/** One criterion. */
	@Transactional(readOnly = true)
	public Optional<Criterion> find(UUID id) {
		return this.criteria.findById(id);
	}

	/**
	 * Adds a criterion after the others.
	 * @throws ReviewRefused when the name is missing or either text is too long
	 */
	@Transactional
	public Criterion add(@Nullable String name, @Nullable String description) {
		check(name, description);
		int last = all().stream().mapToInt(Criterion::position).max().orElse(0);
		return this.criteria.save(Criterion.added(name.strip(), blankToNull(description), last + 1));
	}

	/**
	 * Renames a criterion an administrator added.
	 * @throws ReviewRefused when the name is missing or either text is too long
	 */
	@Transactional
	public void describe(UUID id, @Nullable String name, @Nullable String description) {
		check(name, description);
		this.criteria.findById(id).orElseThrow().describe(name.strip(), blankToNull(description));
	}

	/**
	 * Moves a criterion one place up or down; at either end nothing changes.
	 * @param id the criterion
	 * @param up true to ask it earlier
	 */
	@Transactional
	public void move(UUID id, boolean up) {
		List<Criterion> ordered = new ArrayList<>(all());
		int at = indexOf(ordered, id);
		int other = up ? at - 1 : at + 1;
		if (at < 0 || other < 0 || other >= ordered.size()) {
			return;
		}
		ordered.add(other, ordered.remove(at));
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i + 1);
		}
	}

	/** Stops asking a criterion; its scores stay. */
	@Transactional
	public void retire(UUID id) {
		this.criteria.findById(id).ifPresent(Criterion::retire);
	}

	/** Asks a retired criterion again. */
	@Transactional
	public void restore(UUID id) {
		this.criteria.findById(id).ifPresent(Criterion::restore);
	}

	private static int indexOf(List<Criterion> ordered, UUID id) {
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	private static void check(@Nullable String name, @Nullable String description) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (name == null || name.isBlank()) {
			problems.put("name", "practicereview.criteria.name.required");
		}
		else if (name.strip().length() > Criterion.MAX_NAME) {
			problems.put("name", "practicereview.criteria.name.long");
		}
		if (description != null && description.strip().length() > Criterion.MAX_DESCRIPTION) {
			problems.put("description", "practicereview.criteria.description.long");
		}
		if (!problems.isEmpty()) {
			throw new ReviewRefused(problems);
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
