package org.kring.expertise.web;

import org.kring.expertise.internal.ExpertRequestService;

/**
 * The signed-in person's requests: those asked of them, then those they asked.
 *
 * @param overview both lists
 * @param mayAsk whether the person may ask experts for input
 * @param limit the most requests each list shows
 */
public record RequestListPage(ExpertRequestService.Overview overview, boolean mayAsk, int limit) {

	public boolean askedOfMeCut() {
		return this.overview.askedOfMe().size() >= this.limit;
	}

	public boolean askedByMeCut() {
		return this.overview.askedByMe().size() >= this.limit;
	}

}
