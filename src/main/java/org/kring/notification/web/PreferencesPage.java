package org.kring.notification.web;

import java.util.List;
import java.util.UUID;

import org.kring.notification.internal.CommunityLevel;
import org.kring.notification.internal.EmailMode;
import org.kring.system.web.FormErrors;

/**
 * The page {@code /notifications/preferences}: the e-mail mode and a level per community
 * the person belongs to.
 *
 * @param emailMode the mode chosen or shown, or null when what was sent is unknown
 * @param communities the person's communities with the level of each
 * @param errors the problems of a submitted form
 */
public record PreferencesPage(String emailMode, List<CommunityChoice> communities, FormErrors errors) {

	public PreferencesPage {
		communities = List.copyOf(communities);
	}

	public static List<EmailMode> modes() {
		return List.of(EmailMode.values());
	}

	public static List<CommunityLevel> levels() {
		return List.of(CommunityLevel.values());
	}

	public boolean isMode(EmailMode mode) {
		return mode.name().equals(this.emailMode);
	}

	/**
	 * One community and the level chosen or shown.
	 *
	 * @param id the community
	 * @param name its name
	 * @param level the level's name as chosen or sent
	 */
	public record CommunityChoice(UUID id, String name, String level) {

		/** The form field of this community's level. */
		public String field() {
			return "level-" + this.id;
		}

		public boolean is(CommunityLevel candidate) {
			return candidate.name().equals(this.level);
		}

	}

}
