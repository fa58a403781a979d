package org.kring.expertise.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.expertise.internal.Recruitment;
import org.kring.expertise.internal.RecruitmentRefused;
import org.kring.system.KringPrincipal;
import org.kring.system.web.LocalPaths;
import org.kring.system.web.PageContext;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Nominating from the expert finder: the finder posts the community, the person (or an
 * address), the fields and optionally the organisation, and the nominator goes back to
 * where they were with a notice that says whether it worked and, if not, why.
 */
@Controller
class FinderNominationController {

	private final Recruitment recruitment;

	FinderNominationController(Recruitment recruitment) {
		this.recruitment = recruitment;
	}

	@PostMapping("/experts/nominations")
	String nominate(@RequestParam(name = "community", defaultValue = "") String slug,
			@RequestParam(name = "person", required = false) @Nullable String person,
			@RequestParam(name = "email", required = false) @Nullable String email,
			@RequestParam(name = "field", required = false) @Nullable List<String> fields,
			@RequestParam(name = "organisation", required = false) @Nullable String organisation,
			@RequestParam(name = "back", required = false) @Nullable String back,
			@AuthenticationPrincipal @Nullable KringPrincipal me, RedirectAttributes redirect) {
		CommunitySummary community = this.recruitment.community(slug, me);
		String target = (back != null && !back.isBlank()) ? LocalPaths.safe(back)
				: RecruitmentBoardController.boardPath(community.slug());
		if (person != null && !person.isBlank() && NominateForm.uuid(person) == null) {
			redirect.addFlashAttribute(PageContext.NOTICE, "recruitment.nominate.person.unknown");
			return "redirect:" + target;
		}
		NominateForm form = new NominateForm(email, person, fields, organisation, null);
		try {
			this.recruitment.nominate(RecruitmentBoardController.request(community.id(), form), me);
			redirect.addFlashAttribute(PageContext.NOTICE, "recruitment.nominate.done");
		}
		catch (RecruitmentRefused refused) {
			redirect.addFlashAttribute(PageContext.NOTICE, refused.key());
		}
		return "redirect:" + target;
	}

}
