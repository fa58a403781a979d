package org.kring.practice.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeAccess;
import org.kring.practice.internal.Practices;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the evaluation's pages share: the practice someone may act on (404 for one that
 * does not exist and one they may not read; 403 for one they read but may not act on),
 * and refusals as a form's errors with 422.
 */
@Component
class ReviewGuard {

	private final Practices practices;

	private final PracticeAccess access;

	ReviewGuard(Practices practices, PracticeAccess access) {
		this.practices = practices;
		this.access = access;
	}

	/** A practice a coordinator or administrator acts on. */
	Practice coordinated(String id, @Nullable KringPrincipal me) {
		Practice practice = readable(id, me);
		if (!this.access.mayCoordinate(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return practice;
	}

	/** A practice its assigned reviewer reviews. */
	Practice reviewed(String id, KringPrincipal me) {
		Practice practice = readable(id, me);
		if (!this.access.isReviewer(me.id(), practice.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return practice;
	}

	/** Someone who may not coordinate gets 403 on the coordinators' pages. */
	void coordinating(@Nullable KringPrincipal me) {
		if (!this.access.mayCoordinate(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private Practice readable(String id, @Nullable KringPrincipal me) {
		return this.practices.findById(uuid(id))
			.filter((practice) -> this.access.canRead(me, practice))
			.orElseThrow(ReviewGuard::notFound);
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw notFound();
		}
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/** Problems as a form's errors, the response marked 422. */
	static FormErrors refused(HttpServletResponse response, Map<String, String> problems) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		MapBindingResult result = new MapBindingResult(new HashMap<>(), "form");
		problems.forEach((field, key) -> result
			.addError(new FieldError("form", field, null, false, new String[] { key }, null, key)));
		return FormErrors.of(result);
	}

}
