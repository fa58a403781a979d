package org.kring.library.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.library.internal.Library;
import org.kring.library.internal.LibraryAccess;
import org.kring.library.internal.LibraryRefused;
import org.kring.library.internal.Publication;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the library's pages share: a publication someone reads (the same 404 for one that
 * does not exist and one they may not read), the 403 for someone who reads but may not
 * write, and a form's refusal as 422 or, for crossed edits, 409.
 */
@Component
class LibraryGuard {

	private final Library library;

	private final LibraryAccess access;

	LibraryGuard(Library library, LibraryAccess access) {
		this.library = library;
		this.access = access;
	}

	Publication readable(String id, @Nullable KringPrincipal me) {
		return this.library.find(id(id))
			.filter((publication) -> this.access.canRead(me, publication))
			.orElseThrow(LibraryGuard::notFound);
	}

	/** A publication to change: 404 when unreadable, 403 for someone who only reads. */
	Publication editable(String id, @Nullable KringPrincipal me) {
		Publication publication = readable(id, me);
		coordinating(me);
		return publication;
	}

	void coordinating(@Nullable KringPrincipal me) {
		if (!this.access.mayCoordinate(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	boolean mayCoordinate(@Nullable KringPrincipal me) {
		return this.access.mayCoordinate(me);
	}

	static UUID id(String id) {
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

	/**
	 * Saves a submitted form and leads on; shows it again with 422 and the problems when
	 * refused, or with 409 when it crossed someone else's edit.
	 */
	static ModelAndView submitted(HttpServletResponse response, Supplier<ModelAndView> save,
			Function<FormErrors, ModelAndView> again, Supplier<ModelAndView> crossed) {
		try {
			return save.get();
		}
		catch (LibraryRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return again.apply(errors(refused.problems()));
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return crossed.get();
		}
	}

	static FormErrors errors(Map<String, String> problems) {
		MapBindingResult result = new MapBindingResult(new HashMap<>(), "form");
		problems.forEach((field, key) -> result
			.addError(new FieldError("form", field, null, false, new String[] { key }, null, key)));
		return FormErrors.of(result);
	}

}
