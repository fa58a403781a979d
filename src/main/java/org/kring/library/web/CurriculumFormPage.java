package org.kring.library.web;

import java.util.ArrayList;
import java.util.List;

import org.kring.library.internal.CurriculumModule;
import org.kring.library.internal.CurriculumTarget;
import org.kring.library.internal.Publication;
import org.kring.system.web.FormErrors;

/**
 * The form with a curriculum's modules and assignments, and an empty row to add each.
 *
 * @param publication the curriculum
 * @param modules its modules as stored or typed
 * @param errors the form's problem
 */
public record CurriculumFormPage(Publication publication, List<CurriculumModule> modules, FormErrors errors) {

	public String path() {
		return "/publications/" + this.publication.id();
	}

	/** The modules with an empty one at the end. */
	public List<CurriculumModule> rows() {
		List<CurriculumModule> rows = new ArrayList<>(this.modules);
		rows.add(new CurriculumModule("", null, null, CurriculumTarget.POLICY_MAKERS, List.of()));
		return rows;
	}

	/** A module's assignments with an empty one at the end. */
	public List<CurriculumModule.Assignment> assignments(CurriculumModule module) {
		List<CurriculumModule.Assignment> rows = new ArrayList<>(module.assignments());
		rows.add(new CurriculumModule.Assignment("", null));
		return rows;
	}

	public List<CurriculumTarget> targets() {
		return List.of(CurriculumTarget.values());
	}

}
