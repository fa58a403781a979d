package org.kring.notification.internal;

/**
 * How a person wants their notifications by e-mail.
 */
public enum EmailMode {

	/** Each notification at once. */
	IMMEDIATE,

	/** A digest once a day. */
	DAILY,

	/** A digest once a week: the default. */
	WEEKLY,

	/** None: in-app only. */
	NONE;

	public static final EmailMode DEFAULT = WEEKLY;

	public String messageKey() {
		return "notification.email." + name();
	}

}
