package org.kring.expertise.web;

import org.kring.expertise.Availability;
import org.kring.expertise.ProfileVisibility;

/**
 * The message keys of the profile pages' values, named in one place.
 */
public final class ProfileMessages {

	private ProfileMessages() {
	}

	/**
	 * @param work a kind of work
	 * @return the key of its name, such as {@code expertprofile.work.REVIEWER}
	 */
	public static String work(Availability work) {
		return "expertprofile.work." + work.name();
	}

	/**
	 * @param visibility a choice of who may see a profile
	 * @return the key of the choice on the form
	 */
	public static String choice(ProfileVisibility visibility) {
		return "expertprofile.visibility." + visibility.name();
	}

	/**
	 * @param visibility who may see a profile
	 * @return the key of the sentence that tells its owner who sees it
	 */
	public static String seenBy(ProfileVisibility visibility) {
		return "expertprofile.show.own." + visibility.name();
	}

}
