package org.kring.expertise.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.expertise.internal.ExpertRequestService;
import org.kring.expertise.internal.ExpertRequestService.Reply;
import org.kring.expertise.internal.ExpertRequestSettings;
import org.kring.expertise.internal.Outcome;
import org.kring.expertise.internal.RequestDetail;
import org.kring.expertise.internal.RequestInput;
import org.kring.expertise.internal.RequestNotFoundException;
import org.kring.expertise.internal.RequestState;
import org.kring.expertise.internal.RequestableExperts;
import org.kring.system.KringPrincipal;
import org.kring.system.files.FileDownloads;
import org.kring.system.files.Uploads;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's requests, one request, the replies of the experts asked, closing and
 * cancelling by the asker, and the attached files. A request is found only by its asker,
 * the experts asked and administrators; anyone else gets 404, as for one that does not
 * exist. A reply that cannot be taken comes back on the request's page with a message:
 * 422 for input to correct (what was typed kept, files to choose again), 409 when the
 * request is closed or the expert replied already, 403 when it was not asked of them.
 */
@Controller
class ExpertRequestsController {

	static final String LIST = "expertise/requests";

	static final String SHOW = "expertise/request";

	static final int LIST_LIMIT = 50;

	private final ExpertRequestService requests;

	private final RequestableExperts experts;

	private final ExpertRequestSettings settings;

	ExpertRequestsController(ExpertRequestService requests, RequestableExperts experts,
			ExpertRequestSettings settings) {
		this.requests = requests;
		this.experts = experts;
		this.settings = settings;
	}

	@GetMapping("/experts/requests")
	ModelAndView list(@AuthenticationPrincipal KringPrincipal me) {
		RequestListPage page = new RequestListPage(this.requests.overview(me, LIST_LIMIT), this.experts.mayAsk(me),
				LIST_LIMIT);
		return new ModelAndView(LIST, Map.of("page", page));
	}

	@GetMapping("/experts/requests/{id}")
	ModelAndView show(@AuthenticationPrincipal KringPrincipal me, @PathVariable String id) {
		return view(me, id(id), ReplyForm.EMPTY, FormErrors.none());
	}

	@PostMapping("/experts/requests/{id}/accept")
	ModelAndView accept(@AuthenticationPrincipal KringPrincipal me, @PathVariable String id,
			HttpServletResponse response, RedirectAttributes redirect) {
		return reply(me, id(id), Reply.ACCEPT, ReplyForm.EMPTY, null, List.of(), response, redirect);
	}

	@PostMapping("/experts/requests/{id}/decline")
	ModelAndView decline(@AuthenticationPrincipal KringPrincipal me, @PathVariable String id,
			@ModelAttribute("form") ReplyForm form, HttpServletResponse response, RedirectAttributes redirect) {
		return reply(me, id(id), Reply.DECLINE, form, form.reason(), List.of(), response, redirect);
	}

	@PostMapping("/experts/requests/{id}/answer")
	ModelAndView answer(@AuthenticationPrincipal KringPrincipal me, @PathVariable String id,
			@ModelAttribute("form") ReplyForm form,
			@RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
			HttpServletResponse response, RedirectAttributes redirect) {
		return reply(me, id(id), Reply.ANSWER, form, form.answer(), attachments, response, redirect);
	}

	@PostMapping("/experts/requests/{id}/close")
	ModelAndView close(@AuthenticationPrincipal KringPrincipal me, @PathVariable String id,
			HttpServletResponse response, RedirectAttributes redirect) {
		return end(me, id(id), RequestState.CLOSED, "expertrequests.closed", response, redirect);
	}

	@PostMapping("/experts/requests/{id}/cancel")
	ModelAndView cancel(@AuthenticationPrincipal KringPrincipal me, @PathVariable String id,
			HttpServletResponse response, RedirectAttributes redirect) {
		return end(me, id(id), RequestState.CANCELLED, "expertrequests.cancelled", response, redirect);
	}

	@GetMapping("/experts/requests/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal KringPrincipal me, @PathVariable String id,
			@PathVariable String attachmentId) {
		return this.requests.download(me, id(id), id(attachmentId))
			.map((download) -> FileDownloads.privately(download.path(), download.attachment().originalName(),
					download.attachment().contentType()))
			.orElseThrow(RequestNotFoundException::new);
	}

	private ModelAndView reply(KringPrincipal me, UUID id, Reply reply, ReplyForm form, @Nullable String text,
			@Nullable List<MultipartFile> attachments, HttpServletResponse response, RedirectAttributes redirect) {
		Outcome outcome = this.requests.reply(me, id, reply, text, Uploads.of(attachments));
		if (outcome.ok()) {
			redirect.addFlashAttribute(PageContext.NOTICE, "expertrequests.replied." + reply.name());
			return new ModelAndView("redirect:/experts/requests/" + id);
		}
		response.setStatus(outcome.status());
		return view(me, id, form, errors(form, outcome));
	}

	private ModelAndView end(KringPrincipal me, UUID id, RequestState to, String notice, HttpServletResponse response,
			RedirectAttributes redirect) {
		Outcome outcome = this.requests.end(me, id, to);
		if (outcome.ok()) {
			redirect.addFlashAttribute(PageContext.NOTICE, notice);
			return new ModelAndView("redirect:/experts/requests/" + id);
		}
		response.setStatus(outcome.status());
		return view(me, id, ReplyForm.EMPTY, errors(ReplyForm.EMPTY, outcome));
	}

	private ModelAndView view(KringPrincipal me, UUID id, ReplyForm form, FormErrors errors) {
		RequestDetail detail = this.requests.detail(me, id).orElseThrow(RequestNotFoundException::new);
		RequestPage page = new RequestPage(detail, form, errors, this.settings.maxAttachmentSize().toMegabytes(),
				this.settings.maxAttachments());
		return new ModelAndView(SHOW, Map.of("page", page));
	}

	private static FormErrors errors(ReplyForm form, Outcome outcome) {
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		outcome.problems().forEach((field, key) -> {
			if (Outcome.FORM.equals(field)) {
				result.reject(key, key);
			}
			else {
				result.addError(new FieldError("form", field, null, false, new String[] { key }, null, key));
			}
		});
		return FormErrors.of(result);
	}

	private static UUID id(String value) {
		UUID id = RequestInput.uuid(value);
		if (id == null) {
			throw new RequestNotFoundException();
		}
		return id;
	}

}
