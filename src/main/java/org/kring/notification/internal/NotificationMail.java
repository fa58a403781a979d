package org.kring.notification.internal;

import java.util.List;

/**
 * The body of one notification mail, every text already in the recipient's language: the
 * plain text is written from it here, the HTML by the template
 * {@code notification/mail.jte}.
 *
 * @param lang the language tag, for the HTML
 * @param dir {@code ltr} or {@code rtl}
 * @param title the subject line
 * @param greeting the opening line
 * @param intro what the mail tells
 * @param groups the notifications, in groups
 * @param preferencesLabel the words before the link to the preferences
 * @param preferencesLink the absolute link to the preferences
 * @param unsubscribeLabel the words before the one-click unsubscribe link
 * @param unsubscribeLink the absolute one-click unsubscribe link
 * @param signature the instance's name
 */
public record NotificationMail(String lang, String dir, String title, String greeting, String intro, List<Group> groups,
		String preferencesLabel, String preferencesLink, String unsubscribeLabel, String unsubscribeLink,
		String signature) {

	public NotificationMail {
		groups = List.copyOf(groups);
	}

	/**
	 * The plain-text body, with every link written out in full.
	 * @return the text
	 */
	public String text() {
		StringBuilder text = new StringBuilder();
		text.append(this.greeting).append("\n\n").append(this.intro).append("\n\n");
		for (Group group : this.groups) {
			if (!group.heading().isEmpty()) {
				text.append(group.heading()).append('\n');
			}
			for (Item item : group.items()) {
				text.append("- ").append(item.text()).append("\n  ").append(item.link()).append('\n');
			}
			text.append('\n');
		}
		text.append(this.preferencesLabel).append(": ").append(this.preferencesLink).append('\n');
		text.append(this.unsubscribeLabel).append(": ").append(this.unsubscribeLink).append("\n\n");
		text.append("-- \n").append(this.signature).append('\n');
		return text.toString();
	}

	/**
	 * Notifications under one heading, such as a community's name.
	 *
	 * @param heading the heading, empty for none
	 * @param items the notifications, oldest first
	 */
	public record Group(String heading, List<Item> items) {

		public Group {
			items = List.copyOf(items);
		}

	}

	/**
	 * One notification.
	 *
	 * @param text what it tells
	 * @param link the absolute link that opens it
	 */
	public record Item(String text, String link) {
	}

}
