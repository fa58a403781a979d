package org.kring.community.internal;

/**
 * What a member shows the other members beyond their display name. Nothing unless they
 * choose to.
 *
 * @param email their e-mail address
 * @param organisation the organisation they belong to
 * @param expertise their expertise
 */
public record Sharing(boolean email, boolean organisation, boolean expertise) {

	public static final Sharing NOTHING = new Sharing(false, false, false);

	/**
	 * What one shares with a community when choices for it and for all communities
	 * combine: each is an opt-in.
	 * @param other the other choices
	 * @return what either shares
	 */
	public Sharing or(Sharing other) {
		return new Sharing(this.email || other.email, this.organisation || other.organisation,
				this.expertise || other.expertise);
	}

}
