package org.kring.expertise.coverage;

/**
 * What a community aims for.
 *
 * @param expertsPerPartner how many distinct active experts each partner organisation
 * should have
 * @param expertsPerField how many active experts each partner should have on each field
 */
record CoverageTarget(int expertsPerPartner, int expertsPerField) {

	/** Seed 000: five experts per partner, at least one on every field. */
	static final CoverageTarget DEFAULT = new CoverageTarget(5, 1);

	/** The highest target a community may set. */
	static final int MAX = 1000;

	CoverageTarget {
		if (expertsPerPartner < 0 || expertsPerPartner > MAX || expertsPerField < 0 || expertsPerField > MAX) {
			throw new IllegalArgumentException("A target lies between 0 and " + MAX);
		}
	}

}
