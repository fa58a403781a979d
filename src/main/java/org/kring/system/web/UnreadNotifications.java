package org.kring.system.web;

import java.util.UUID;

/**
 * The count the bell in every page's header shows to a signed-in person. The module that
 * keeps notifications provides the one bean of this type; without it, no bell is shown.
 */
@FunctionalInterface
public interface UnreadNotifications {

	/**
	 * How many of the person's notifications are unread, in one query whatever their
	 * number.
	 * @param personId the person
	 * @return the count, 0 when none
	 */
	long of(UUID personId);

}
