package org.kring.community;

/**
 * What kind of group a community is; it changes nothing in how it works, only how it
 * presents itself and how people find it.
 */
public enum CommunityKind {

	/** Practitioners who meet regularly around a shared concern (praktijkgemeenschap). */
	COMMUNITY_OF_PRACTICE,

	/** People who learn together around a theme (leernetwerk). */
	LEARNING_NETWORK,

	/** Experts who can be called upon (expertpool). */
	EXPERT_POOL,

	/** A group that advises an authority (adviesorgaan). */
	ADVISORY_BODY,

	/** The partners of a project. */
	PROJECT_CONSORTIUM

}
