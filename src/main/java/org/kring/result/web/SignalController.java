package org.kring.result.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.meeting.MeetingTitles;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.result.internal.ContactForm;
import org.kring.result.internal.ResultAccess;
import org.kring.result.internal.Signal;
import org.kring.result.internal.SignalBook;
import org.kring.result.internal.SignalDraft;
import org.kring.result.internal.SignalInvalid;
import org.kring.result.internal.SignalRefused;
import org.kring.result.internal.SignalState;
import org.kring.system.KringPrincipal;
import org.kring.system.KringProperties;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signal's page for whoever may see it (a draft only its community's members; anyone
 * else gets the same 404 as for a signal that does not exist), and the facilitator's
 * pages and forms to write, revise, send and follow it up: 403 for anyone else who sees
 * it. Input with problems shows the form again with 422, the message next to the field
 * and what was typed.
 */
@Controller
class SignalController {

	static final String VIEW = "result/signal-show";

	static final String FORM_VIEW = "result/signal-form";

	private final SignalBook book;

	private final ResultAccess access;

	private final CommunityManagement communities;

	private final OrganisationManagement organisations;

	private final MeetingTitles meetings;

	private final KringProperties properties;

	SignalController(SignalBook book, ResultAccess access, CommunityManagement communities,
			OrganisationManagement organisations, MeetingTitles meetings, KringProperties properties) {
		this.book = book;
		this.access = access;
		this.communities = communities;
		this.organisations = organisations;
		this.meetings = meetings;
		this.properties = properties;
	}

	@GetMapping("/communities/{slug}/signals/new")
	ModelAndView newForm(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me) {
		CommunitySummary community = facilitatedCommunity(slug, me);
		return form(community, SignalDraft.EMPTY, FormErrors.none(), null);
	}

	@PostMapping("/communities/{slug}/signals/new")
	ModelAndView write(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me, SignalDraft draft,
			HttpServletResponse response, RedirectAttributes redirect) {
		CommunitySummary community = facilitatedCommunity(slug, me);
		try {
			Signal signal = this.book.write(me, community.id(), withoutVersion(draft));
			return done(signal.id(), "signal.written", redirect);
		}
		catch (SignalInvalid invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(community, draft, errors(invalid.problems()), null);
		}
	}

	@GetMapping("/signals/{id}/edit")
	ModelAndView editForm(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			RedirectAttributes redirect) {
		Signal signal = facilitated(id, me);
		if (signal.state() != SignalState.DRAFT) {
			return done(signal.id(), "signal.not-draft", redirect);
		}
		return form(community(signal), SignalDraft.of(signal), FormErrors.none(), signal.id());
	}

	@PostMapping("/signals/{id}/edit")
	ModelAndView revise(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, SignalDraft draft,
			HttpServletResponse response, RedirectAttributes redirect) {
		Signal signal = facilitated(id, me);
		try {
			this.book.revise(me, signal.id(), draft);
			return done(signal.id(), "signal.revised", redirect);
		}
		catch (SignalInvalid invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(community(signal), draft, errors(invalid.problems()), signal.id());
		}
		catch (SignalRefused refused) {
			return done(signal.id(), refused.messageKey(), redirect);
		}
	}

	@GetMapping("/signals/{id}")
	ModelAndView show(@PathVariable String id, @AuthenticationPrincipal @Nullable KringPrincipal me) {
		Signal signal = visible(id, me);
		return page(signal, me, ContactForm.EMPTY, FormErrors.none(), null, null, FormErrors.none());
	}

	@PostMapping("/signals/{id}/send")
	ModelAndView send(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, ContactForm contact,
			HttpServletResponse response, RedirectAttributes redirect) {
		Signal signal = facilitated(id, me);
		try {
			this.book.send(me, signal.id(), contact);
			return done(signal.id(), "signal.sent", redirect);
		}
		catch (SignalInvalid | SignalRefused problem) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(signal, me, contact, errors(problem), null, null, FormErrors.none());
		}
	}

	@PostMapping("/signals/{id}/follow-up")
	ModelAndView followUp(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String note, HttpServletResponse response,
			RedirectAttributes redirect) {
		Signal signal = facilitated(id, me);
		try {
			this.book.followUp(me, signal.id(), outcome, note);
			return done(signal.id(), "signal.followedUp", redirect);
		}
		catch (SignalInvalid | SignalRefused problem) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(signal, me, ContactForm.EMPTY, FormErrors.none(), outcome, note, errors(problem));
		}
	}

	private ModelAndView page(Signal signal, @Nullable KringPrincipal me, ContactForm contact, FormErrors sendErrors,
			@Nullable String outcome, @Nullable String note, FormErrors followUpErrors) {
		CommunitySummary community = community(signal);
		MeetingTitles.Titled meeting = (signal.origin().meetingId() != null)
				? this.meetings.of(Set.of(signal.origin().meetingId())).get(signal.origin().meetingId()) : null;
		SignalPage page = new SignalPage(text(signal, community, this.organisations), community, meeting,
				this.access.mayFacilitate(me, signal.communityId()), contact, sendErrors, outcome, note, followUpErrors,
				this.properties.timeZone());
		return new ModelAndView(VIEW, Map.of("page", page));
	}

	static SignalTextView text(Signal signal, CommunitySummary community, OrganisationManagement organisations) {
		UUID organisationId = signal.authority().organisationId();
		OrganisationSummary organisation = (organisationId != null)
				? organisations.summaries(Set.of(organisationId)).stream().findFirst().orElse(null) : null;
		return new SignalTextView(signal, community, organisation);
	}

	private ModelAndView form(CommunitySummary community, SignalDraft draft, FormErrors errors,
			@Nullable UUID signalId) {
		List<OrganisationSummary> authorities = this.book.authorities();
		String action = (signalId != null) ? "/signals/" + signalId + "/edit"
				: "/communities/" + community.slug() + "/signals/new";
		String back = (signalId != null) ? "/signals/" + signalId : "/communities/" + community.slug();
		return new ModelAndView(FORM_VIEW, Map.of("page", new SignalFormPage(community, SignalBook.kindsFor(community),
				authorities, draft, errors, action, back)));
	}

	private static ModelAndView done(UUID signalId, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute(PageContext.NOTICE, notice);
		return new ModelAndView("redirect:/signals/" + signalId);
	}

	private CommunitySummary facilitatedCommunity(String slug, KringPrincipal me) {
		CommunitySummary community = this.communities.findBySlug(slug)
			.filter((found) -> this.access.canRead(me, found.id()))
			.orElseThrow(SignalController::notFound);
		if (!this.access.mayFacilitate(me, community.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return community;
	}

	private Signal facilitated(String id, KringPrincipal me) {
		Signal signal = visible(id, me);
		if (!this.access.mayFacilitate(me, signal.communityId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return signal;
	}

	private Signal visible(String id, @Nullable KringPrincipal me) {
		return parse(id).flatMap((signalId) -> this.book.find(me, signalId)).orElseThrow(SignalController::notFound);
	}

	private CommunitySummary community(Signal signal) {
		return this.communities.find(signal.communityId()).orElseThrow(SignalController::notFound);
	}

	/**
	 * The problems of a refused step: each field's of invalid input, or the one reason a
	 * step out of turn was refused, for the whole form.
	 */
	private static FormErrors errors(RuntimeException problem) {
		return (problem instanceof SignalInvalid invalid) ? errors(invalid.problems())
				: errors(Map.of(FormErrors.FORM, ((SignalRefused) problem).messageKey()));
	}

	static FormErrors errors(Map<String, String> problems) {
		MapBindingResult result = new MapBindingResult(new HashMap<>(), "form");
		problems.forEach((field, key) -> {
			if (FormErrors.FORM.equals(field)) {
				result.reject(key, key);
			}
			else {
				result.addError(new FieldError("form", field, null, false, new String[] { key }, null, key));
			}
		});
		return FormErrors.of(result);
	}

	private static SignalDraft withoutVersion(SignalDraft draft) {
		return new SignalDraft(draft.kind(), draft.title(), draft.body(), draft.evidence(), draft.ask(),
				draft.organisation(), draft.office(), null);
	}

	static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
