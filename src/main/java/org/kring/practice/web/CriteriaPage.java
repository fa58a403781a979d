package org.kring.practice.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.Criterion;
import org.kring.system.web.FormErrors;

/**
 * The criteria, in the order reviewers are asked them, retired ones included, and the
 * form to add one.
 *
 * @param criteria every criterion
 * @param typed the new criterion as typed
 * @param errors its problems
 */
public record CriteriaPage(List<Criterion> criteria, Typed typed, FormErrors errors) {

	/** Where the criteria are administered. */
	public String path() {
		return CriteriaController.PATH;
	}

	/** Where a criterion's action posts to, such as {@code up} or {@code retire}. */
	public String action(Criterion criterion, String action) {
		return CriteriaController.PATH + "/" + criterion.id() + "/" + action;
	}

	public boolean first(Criterion criterion) {
		return !this.criteria.isEmpty() && this.criteria.getFirst().id().equals(criterion.id());
	}

	public boolean last(Criterion criterion) {
		return !this.criteria.isEmpty() && this.criteria.getLast().id().equals(criterion.id());
	}

	/**
	 * A criterion's name and description as typed.
	 *
	 * @param name the name
	 * @param description the description
	 */
	public record Typed(@Nullable String name, @Nullable String description) {
	}

}
