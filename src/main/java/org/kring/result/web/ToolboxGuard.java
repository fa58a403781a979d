package org.kring.result.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.result.internal.ResultAccess;
import org.kring.result.internal.ToolboxRefused;
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
 * What the toolbox's and the register's pages share: the community someone reads (the
 * same 404 for one that does not exist and one they may not read), the 403 for someone
 * who may read but not write, and problems as a form's errors.
 */
@Component
class ToolboxGuard {

	private final CommunityManagement communities;

	private final ResultAccess access;

	ToolboxGuard(CommunityManagement communities, ResultAccess access) {
		this.communities = communities;
		this.access = access;
	}

	CommunitySummary readable(String slug, @Nullable KringPrincipal me) {
		return this.communities.findBySlug(slug)
			.filter((community) -> this.access.canRead(me, community.id()))
			.orElseThrow(ToolboxGuard::notFound);
	}

	CommunitySummary readable(UUID communityId, @Nullable KringPrincipal me) {
		return this.communities.find(communityId)
			.filter((community) -> this.access.canRead(me, community.id()))
			.orElseThrow(ToolboxGuard::notFound);
	}

	boolean mayFacilitate(@Nullable KringPrincipal me, CommunitySummary community) {
		return this.access.mayFacilitate(me, community.id());
	}

	/** Someone who reads the community but may not write its results gets 403. */
	void facilitating(@Nullable KringPrincipal me, CommunitySummary community) {
		if (!mayFacilitate(me, community)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	static UUID id(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw notFound();
		}
	}

	static <T> T found(Optional<T> found) {
		return found.orElseThrow(ToolboxGuard::notFound);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/**
	 * Saves a submitted form and leads on; shows it again with 422 and the problems when
	 * the rules refuse it, or with 409 when it crossed someone else's edit.
	 * @param response the response, for its status
	 * @param save saves and says where to go next
	 * @param again the form again, as typed, with these problems
	 * @param crossed the form again, as typed but at the stored version, with these
	 * problems
	 * @param staleKey the message key that says the edit crossed another
	 * @return where to go, or the form again
	 */
	static ModelAndView submitted(HttpServletResponse response, Supplier<ModelAndView> save,
			Function<FormErrors, ModelAndView> again, Supplier<Function<FormErrors, ModelAndView>> crossed,
			String staleKey) {
		try {
			return save.get();
		}
		catch (ToolboxRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return again.apply(errors(refused.problems()));
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return crossed.get().apply(errors(Map.of(FormErrors.FORM, staleKey)));
		}
	}

	static FormErrors errors(Map<String, String> problems) {
		MapBindingResult result = new MapBindingResult(new HashMap<>(), "form");
		problems.forEach((field, key) -> result
			.addError(new FieldError("form", field, null, false, new String[] { key }, null, key)));
		return FormErrors.of(result);
	}

}
