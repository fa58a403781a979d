package org.kring.practice.web;

import org.kring.practice.internal.Criterion;
import org.kring.system.web.FormErrors;

/**
 * The form to rename a criterion an administrator added.
 *
 * @param criterion the criterion
 * @param typed its name and description as typed
 * @param errors their problems
 */
public record CriterionEditPage(Criterion criterion, CriteriaPage.Typed typed, FormErrors errors) {

	public String action() {
		return CriteriaController.PATH + "/" + this.criterion.id() + "/edit";
	}

	public String listPath() {
		return CriteriaController.PATH;
	}

}
