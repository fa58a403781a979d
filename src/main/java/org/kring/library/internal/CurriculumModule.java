package org.kring.library.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A module of a training curriculum with its practical assignments.
 *
 * @param title its title
 * @param goals what participants learn
 * @param durationMinutes how long it takes, or null
 * @param targetGroup who it is for
 * @param assignments what participants apply in their daily work, in order
 */
public record CurriculumModule(String title, @Nullable String goals, @Nullable Integer durationMinutes,
		CurriculumTarget targetGroup, List<Assignment> assignments) {

	/**
	 * A practical assignment.
	 *
	 * @param title its title
	 * @param instructions what to do
	 */
	public record Assignment(String title, @Nullable String instructions) {
	}

}
