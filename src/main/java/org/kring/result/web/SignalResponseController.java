package org.kring.result.web;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.organisation.OrganisationManagement;
import org.kring.result.internal.Contact;
import org.kring.result.internal.Signal;
import org.kring.result.internal.SignalBook;
import org.kring.result.internal.SignalInvalid;
import org.kring.result.internal.SignalRefused;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page the authority's personal link opens, without an account: the signal, the
 * button that acknowledges it and the answer form. An unknown link gets 404; the link a
 * reminder replaced says so with 410; an answer to a signal answered already is refused
 * with 409 and changes nothing. The link's secret must not leave in a Referer header, so
 * these pages send none at all.
 */
@Controller
class SignalResponseController {

	static final String VIEW = "result/signal-respond";

	static final String REPLACED_VIEW = "result/signal-link-replaced";

	private final SignalBook book;

	private final CommunityManagement communities;

	private final OrganisationManagement organisations;

	SignalResponseController(SignalBook book, CommunityManagement communities, OrganisationManagement organisations) {
		this.book = book;
		this.communities = communities;
		this.organisations = organisations;
	}

	@GetMapping("/signals/respond/{token}")
	@Transactional(readOnly = true)
	ModelAndView show(@PathVariable String token, HttpServletResponse response) {
		noReferrer(response);
		Optional<Signal> signal = this.book.byLink(token);
		if (signal.isEmpty()) {
			return unknown(token, response);
		}
		Contact contact = signal.get().contact();
		return page(signal.get(), token, null, (contact != null) ? contact.name() : null, FormErrors.none(), null);
	}

	@PostMapping("/signals/respond/{token}/acknowledge")
	ModelAndView acknowledge(@PathVariable String token, HttpServletResponse response, RedirectAttributes redirect) {
		noReferrer(response);
		try {
			if (this.book.acknowledge(token).isEmpty()) {
				return unknown(token, response);
			}
			return done(token, "signal.respond.acknowledged", redirect);
		}
		catch (SignalRefused refused) {
			return refused(token, refused, null, null, response);
		}
	}

	@PostMapping("/signals/respond/{token}/answer")
	ModelAndView answer(@PathVariable String token, @RequestParam(required = false) @Nullable String answer,
			@RequestParam(required = false) @Nullable String answeredBy, HttpServletResponse response,
			RedirectAttributes redirect) {
		noReferrer(response);
		try {
			if (this.book.answer(token, answer, answeredBy).isEmpty()) {
				return unknown(token, response);
			}
			return done(token, "signal.respond.answered", redirect);
		}
		catch (SignalInvalid invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Signal signal = this.book.byLink(token).orElseThrow(SignalController::notFound);
			return page(signal, token, answer, answeredBy, SignalController.errors(invalid.problems()), null);
		}
		catch (SignalRefused refused) {
			return refused(token, refused, answer, answeredBy, response);
		}
	}

	private ModelAndView refused(String token, SignalRefused refused, @Nullable String answer,
			@Nullable String answeredBy, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		Signal signal = this.book.byLink(token).orElseThrow(SignalController::notFound);
		return page(signal, token, answer, answeredBy, FormErrors.none(), refused.messageKey());
	}

	private ModelAndView page(Signal signal, String token, @Nullable String answer, @Nullable String answeredBy,
			FormErrors errors, @Nullable String refusal) {
		CommunitySummary community = this.communities.find(signal.communityId())
			.orElseThrow(SignalController::notFound);
		SignalResponsePage page = new SignalResponsePage(SignalController.text(signal, community, this.organisations),
				"/signals/respond/" + token, answer, answeredBy, errors, refusal);
		return new ModelAndView(VIEW, Map.of("page", page));
	}

	private ModelAndView unknown(String token, HttpServletResponse response) {
		if (this.book.replacedLink(token)) {
			response.setStatus(HttpStatus.GONE.value());
			return new ModelAndView(REPLACED_VIEW, Map.of());
		}
		throw SignalController.notFound();
	}

	private static ModelAndView done(String token, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute(PageContext.NOTICE, notice);
		return new ModelAndView("redirect:/signals/respond/" + token);
	}

	/**
	 * The link's secret is in the address: no page it leads to, not even of this site,
	 * learns it from a Referer header.
	 */
	private static void noReferrer(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

}
