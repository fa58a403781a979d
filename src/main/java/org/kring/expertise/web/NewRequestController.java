package org.kring.expertise.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.expertise.internal.ExpertRequestService;
import org.kring.expertise.internal.ExpertRequestSettings;
import org.kring.expertise.internal.Outcome;
import org.kring.expertise.internal.RequestInput;
import org.kring.expertise.internal.RequestKind;
import org.kring.expertise.internal.RequestableExperts;
import org.kring.system.KringPrincipal;
import org.kring.system.files.Uploads;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking experts for input: for facilitators, coordinators and administrators. Experts
 * are chosen without script: by a search by name that adds them to the address
 * ({@code ?expert=...}, as a link from a profile does), then the request is sent. A
 * rejected request comes back with 422, a message next to each field and what was typed;
 * files must be chosen again, and the page says so.
 */
@Controller
class NewRequestController {

	static final String VIEW = "expertise/requestNew";

	private final ExpertRequestService requests;

	private final RequestableExperts experts;

	private final ExpertRequestSettings settings;

	NewRequestController(ExpertRequestService requests, RequestableExperts experts, ExpertRequestSettings settings) {
		this.requests = requests;
		this.experts = experts;
		this.settings = settings;
	}

	@GetMapping("/experts/requests/new")
	ModelAndView blank(@AuthenticationPrincipal KringPrincipal me, @RequestParam(defaultValue = "") String q,
			@RequestParam(name = "expert", required = false) @Nullable List<String> expert) {
		checkMayAsk(me);
		List<RequestableExperts.Choice> chosen = this.experts.among(me, ids(expert));
		return view(me, NewRequestForm.empty(chosen.stream().map((choice) -> choice.id().toString()).toList()),
				FormErrors.none(), q, chosen);
	}

	@PostMapping("/experts/requests/new")
	ModelAndView ask(@AuthenticationPrincipal KringPrincipal me, @ModelAttribute("form") NewRequestForm form,
			BindingResult result,
			@RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
			HttpServletResponse response, RedirectAttributes redirect) {
		checkMayAsk(me);
		RequestInput input = form.input();
		Outcome outcome = this.requests.ask(me, input, Uploads.of(attachments));
		if (outcome.ok()) {
			redirect.addFlashAttribute(PageContext.NOTICE, "expertrequests.asked");
			return new ModelAndView("redirect:/experts/requests/" + outcome.id());
		}
		outcome.problems()
			.forEach((field, key) -> result
				.addError(new FieldError(result.getObjectName(), field, null, false, new String[] { key }, null, key)));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view(me, form, FormErrors.of(result), "", this.experts.among(me, ids(form.experts())));
	}

	private void checkMayAsk(KringPrincipal me) {
		if (!this.experts.mayAsk(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private ModelAndView view(KringPrincipal me, NewRequestForm form, FormErrors errors, String query,
			List<RequestableExperts.Choice> chosen) {
		List<RequestableExperts.Choice> found = this.experts.search(me, query)
			.stream()
			.filter((choice) -> !chosen.contains(choice))
			.toList();
		NewRequestPage page = new NewRequestPage(form, errors, query, found, chosen,
				Arrays.asList(RequestKind.values()), this.requests.communitiesFor(me), this.requests.today().toString(),
				this.settings.maxAttachmentSize().toMegabytes(), this.settings.maxAttachments());
		return new ModelAndView(VIEW, Map.of("page", page));
	}

	private static List<UUID> ids(@Nullable List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream().map(RequestInput::uuid).filter(Objects::nonNull).distinct().toList();
	}

}
