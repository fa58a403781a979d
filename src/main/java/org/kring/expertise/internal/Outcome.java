package org.kring.expertise.internal;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What came of a change to a request: done, or the problems by field name (message keys)
 * and the HTTP status that says what kind of problem it is.
 *
 * @param id the request, when done
 * @param problems message keys by field name; {@code _form} for the whole form
 * @param status 200 when done; 422 for input to correct, 409 when the request or the
 * reply no longer allows it, 403 when the person may not do it
 */
public record Outcome(@Nullable UUID id, Map<String, String> problems, int status) {

	/** The field name of a problem with the whole form. */
	public static final String FORM = "_form";

	static Outcome done(UUID id) {
		return new Outcome(id, Map.of(), 200);
	}

	static Outcome invalid(Map<String, String> problems) {
		return new Outcome(null, Map.copyOf(problems), 422);
	}

	static Outcome conflict(String key) {
		return new Outcome(null, Map.of(FORM, key), 409);
	}

	static Outcome forbidden(String key) {
		return new Outcome(null, Map.of(FORM, key), 403);
	}

	public boolean ok() {
		return this.status == 200;
	}

}
