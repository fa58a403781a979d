package org.kring.expertise.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.kring.system.KringProperties;

import org.springframework.stereotype.Component;

/**
 * The read side other parts of the module use: what is still asked of a person.
 */
@Component
public class ExpertRequestQueries {

	private final ExpertRequestStore store;

	private final Clock clock;

	private final KringProperties properties;

	ExpertRequestQueries(ExpertRequestStore store, Clock clock, KringProperties properties) {
		this.store = store;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * The open requests a person still owes a reply or an answer to, due soonest first.
	 * @param personId the expert
	 * @param limit the most to return
	 * @return the requests
	 */
	public List<RequestRows.AskedOfMe> openFor(UUID personId, int limit) {
		return this.store.openFor(personId, limit);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.properties.timeZone()));
	}

}
