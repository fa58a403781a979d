package org.kring.account;

/**
 * A person's role on the whole instance, beside the roles they hold in each community.
 */
public enum InstanceRole {

	/** Takes part in the communities they join; the role of everyone who signs up. */
	MEMBER,

	/**
	 * Staff of a partner organisation: starts communities, recruits experts, follows
	 * indicators across communities.
	 */
	COORDINATOR,

	/** Runs the instance: settings, moderation, personal-data requests. */
	ADMINISTRATOR

}
