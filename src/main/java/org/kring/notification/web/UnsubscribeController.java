package org.kring.notification.web;

import java.util.Map;

import org.kring.notification.internal.Unsubscriptions;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one-click unsubscribe link of every notification mail, for anyone who has it (the
 * secret in the link is the permission). A mail program posts
 * {@code List-Unsubscribe=One-Click} to it, without a form token (RFC 8058); opening it
 * shows a page whose one button posts the same, so that a link scanner that opens it
 * unsubscribes nobody. A link used before answers that nothing changed; an unknown one
 * answers 404 with a page that says so.
 */
@Controller
class UnsubscribeController {

	static final String VIEW = "notification/unsubscribe";

	private final Unsubscriptions unsubscriptions;

	UnsubscribeController(Unsubscriptions unsubscriptions) {
		this.unsubscriptions = unsubscriptions;
	}

	@GetMapping(Unsubscriptions.PATH + "{secret}")
	ModelAndView show(@PathVariable String secret) {
		return page(this.unsubscriptions.check(secret), secret);
	}

	@PostMapping(Unsubscriptions.PATH + "{secret}")
	ModelAndView unsubscribe(@PathVariable String secret) {
		return page(this.unsubscriptions.unsubscribe(secret), secret);
	}

	private static ModelAndView page(Unsubscriptions.Outcome outcome, String secret) {
		ModelAndView page = new ModelAndView(VIEW,
				Map.of("page", new UnsubscribePage(outcome, Unsubscriptions.PATH + secret)));
		page.setStatus((outcome == Unsubscriptions.Outcome.UNKNOWN) ? HttpStatus.NOT_FOUND : HttpStatus.OK);
		return page;
	}

}
