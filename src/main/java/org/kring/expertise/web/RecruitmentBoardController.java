package org.kring.expertise.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.community.CommunitySummary;
import org.kring.expertise.internal.NominationRequest;
import org.kring.expertise.internal.Recruitment;
import org.kring.expertise.internal.RecruitmentBoard;
import org.kring.expertise.internal.RecruitmentNotFound;
import org.kring.expertise.internal.RecruitmentRefused;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A community's recruitment board and what nominators do on it: nominate, invite,
 * withdraw, mark active and mark alumni. Anyone who may not nominate for the community
 * gets the same 404 as for a community that does not exist.
 */
@Controller
class RecruitmentBoardController {

	static final String VIEW = "expertise/recruitment/board";

	/** The flash attribute that carries a refused step's message key to the board. */
	static final String PROBLEM = "recruitmentProblem";

	private final Recruitment recruitment;

	private final RecruitmentBoard board;

	private final BoardColumns columns;

	private final AccountManagement accounts;

	RecruitmentBoardController(Recruitment recruitment, RecruitmentBoard board, BoardColumns columns,
			AccountManagement accounts) {
		this.recruitment = recruitment;
		this.board = board;
		this.columns = columns;
		this.accounts = accounts;
	}

	static String boardPath(String slug) {
		return "/communities/" + slug + "/recruitment";
	}

	@GetMapping("/communities/{slug}/recruitment")
	ModelAndView show(@PathVariable String slug,
			@RequestParam(name = "person", required = false) @Nullable String person,
			@AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale, HttpServletRequest request) {
		CommunitySummary community = this.recruitment.community(slug, me);
		Map<String, ?> flashed = RequestContextUtils.getInputFlashMap(request);
		String problem = (flashed != null && flashed.get(PROBLEM) instanceof String key) ? key : null;
		return page(community, NominateForm.empty(NominateForm.uuid(person)), FormErrors.none(), problem, locale);
	}

	@PostMapping("/communities/{slug}/recruitment/nominations")
	ModelAndView nominate(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			NominateForm form, Locale locale, RedirectAttributes redirect) {
		CommunitySummary community = this.recruitment.community(slug, me);
		try {
			this.recruitment.nominate(request(community.id(), form), me);
		}
		catch (RecruitmentRefused refused) {
			BindingResult result = new BeanPropertyBindingResult(form, "form");
			refused.problems().forEach((field, key) -> result.rejectValue(field, key, key));
			ModelAndView page = page(community, form, FormErrors.of(result),
					(refused.field() == null) ? refused.key() : null, locale);
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return page;
		}
		redirect.addFlashAttribute(PageContext.NOTICE, "recruitment.nominate.done");
		return new ModelAndView("redirect:" + boardPath(slug));
	}

	/**
	 * One step on a card: {@code invite} (sends the mail), {@code withdraw},
	 * {@code activate} or {@code retire}.
	 */
	@PostMapping("/communities/{slug}/recruitment/nominations/{id}/{action}")
	String step(@PathVariable String slug, @PathVariable UUID id, @PathVariable String action,
			@AuthenticationPrincipal @Nullable KringPrincipal me, RedirectAttributes redirect) {
		UUID community = this.recruitment.community(slug, me).id();
		Runnable step = switch (action) {
			case "invite" -> () -> this.recruitment.invite(community, id, me);
			case "withdraw" -> () -> this.recruitment.withdraw(community, id, me);
			case "activate" -> () -> this.recruitment.activate(community, id, me);
			case "retire" -> () -> this.recruitment.retire(community, id, me);
			default -> throw new RecruitmentNotFound();
		};
		try {
			step.run();
			redirect.addFlashAttribute(PageContext.NOTICE, "recruitment." + action + ".done");
		}
		catch (RecruitmentRefused refused) {
			redirect.addFlashAttribute(PROBLEM, refused.key());
		}
		return "redirect:" + boardPath(slug);
	}

	static NominationRequest request(UUID communityId, NominateForm form) {
		return new NominationRequest(communityId, form.personId(), form.email(),
				(form.field() != null) ? Set.copyOf(form.field()) : Set.of(), form.organisationId(), form.note());
	}

	private ModelAndView page(CommunitySummary community, NominateForm form, FormErrors errors,
			@Nullable String problem, Locale locale) {
		Recruitment.Choices choices = this.recruitment.choices(community.id(), locale);
		UUID person = form.personId();
		String chosen = (person != null) ? this.accounts.find(person).map((found) -> found.displayName()).orElse(null)
				: null;
		List<RecruitmentBoardPage.Column> shown = this.columns.of(this.board.of(community.id()), choices.fields(),
				locale);
		return new ModelAndView(VIEW, Map.of("page", new RecruitmentBoardPage(community.slug(), community.name(), shown,
				form, chosen, choices.fields(), choices.partners(), errors, problem)));
	}

}
