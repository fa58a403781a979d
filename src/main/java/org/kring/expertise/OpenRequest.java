package org.kring.expertise;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request still waiting for a person's reply, for their own page.
 *
 * @param id the request, shown at {@code /experts/requests/{id}}
 * @param title its title
 * @param kindKey the message key of what is asked for
 * @param askedBy the name of who asked
 * @param dueOn the day it is due
 * @param overdue whether that day has passed
 * @param accepted whether the person already said yes
 */
public record OpenRequest(UUID id, String title, String kindKey, String askedBy, LocalDate dueOn, boolean overdue,
		boolean accepted) {

	public String path() {
		return "/experts/requests/" + this.id;
	}

}
