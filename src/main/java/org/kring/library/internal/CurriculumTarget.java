package org.kring.library.internal;

import java.util.Locale;

/**
 * Whom a curriculum module is for (seed 001).
 */
public enum CurriculumTarget {

	POLICY_MAKERS, COUNSELLORS;

	public String messageKey() {
		return "library.curriculum.target." + name().toLowerCase(Locale.ROOT);
	}

}
