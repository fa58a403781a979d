package org.kring.community.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.kring.community.internal.Admissions;
import org.kring.community.internal.Community;
import org.kring.community.internal.MemberChanges;
import org.kring.community.internal.Membership;
import org.kring.community.internal.MembershipApplication;
import org.kring.community.internal.MembershipGuard;
import org.kring.community.internal.MembershipRefused;
import org.kring.community.internal.MembershipScope;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.SharingChoices;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own way into and out of a community: joining an open one, applying to one
 * that admits members on approval, what they share as a member, and leaving.
 */
@Controller
class MembershipController {

	static final String APPLY_VIEW = "community/membership/apply";

	static final String OWN_VIEW = "community/membership/own";

	private final MembershipGuard guard;

	private final Admissions admissions;

	private final MemberChanges changes;

	private final Memberships memberships;

	private final SharingChoices sharing;

	private final MembershipViews views;

	MembershipController(MembershipGuard guard, Admissions admissions, MemberChanges changes, Memberships memberships,
			SharingChoices sharing, MembershipViews views) {
		this.guard = guard;
		this.admissions = admissions;
		this.changes = changes;
		this.memberships = memberships;
		this.sharing = sharing;
		this.views = views;
	}

	@PostMapping("/communities/{slug}/join")
	String join(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			RedirectAttributes redirect) {
		try {
			this.admissions.join(slug, me);
			redirect.addFlashAttribute(PageContext.NOTICE, "membership.join.done");
		}
		catch (MembershipRefused refused) {
			redirect.addFlashAttribute(PageContext.NOTICE, refused.key());
		}
		return "redirect:" + MembershipViews.communityPath(slug);
	}

	@GetMapping("/communities/{slug}/apply")
	ModelAndView applyForm(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			Locale locale) {
		MembershipScope scope = this.guard.signedIn(slug, me);
		return applyPage(scope.community(), ApplyForm.empty(), FormErrors.none(), locale);
	}

	@PostMapping("/communities/{slug}/apply")
	ModelAndView apply(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			@Valid ApplyForm form, BindingResult result, Locale locale, RedirectAttributes redirect) {
		MembershipScope scope = this.guard.signedIn(slug, me);
		if (result.hasErrors() || form.motivation() == null) {
			ModelAndView page = applyPage(scope.community(), form, FormErrors.of(result), locale);
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return page;
		}
		try {
			this.admissions.apply(slug, me, form.motivation(), locale);
			redirect.addFlashAttribute(PageContext.NOTICE, "membership.apply.done");
		}
		catch (MembershipRefused refused) {
			redirect.addFlashAttribute(PageContext.NOTICE, refused.key());
		}
		return new ModelAndView("redirect:" + MembershipViews.communityPath(slug));
	}

	@GetMapping("/communities/{slug}/membership/login")
	String afterLogin(@PathVariable String slug) {
		return "redirect:" + MembershipViews.communityPath(slug);
	}

	@GetMapping("/communities/{slug}/membership")
	ModelAndView own(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale,
			HttpServletRequest request) {
		MembershipScope scope = this.guard.signedIn(slug, me);
		Community community = scope.community();
		Membership membership = this.memberships.findByCommunityIdAndPersonId(community.id(), me.id())
			.orElseThrow(() -> new AccessDeniedException("Not a member"));
		return MembershipViews.view(OWN_VIEW,
				new OwnMembershipPage(slug, MembershipViews.name(community, locale), membership.role(),
						this.views.date(membership.joinedAt(), locale),
						this.sharing.withCommunity(community.id(), me.id()), this.sharing.withAll(me.id()),
						MembershipViews.problem(request)));
	}

	@PostMapping("/communities/{slug}/membership/sharing")
	String share(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me, SharingForm form,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			this.changes.share(slug, me, form.here(), form.everywhere());
		}
		catch (MembershipRefused refused) {
			return MembershipViews.refused(refused, request, MembershipViews.communityPath(slug));
		}
		redirect.addFlashAttribute(PageContext.NOTICE, "membership.sharing.saved");
		return "redirect:" + MembershipViews.communityPath(slug) + "/membership";
	}

	@PostMapping("/communities/{slug}/membership/leave")
	String leave(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			this.changes.leave(slug, me);
		}
		catch (MembershipRefused refused) {
			return MembershipViews.refused(refused, request, MembershipViews.communityPath(slug) + "/membership");
		}
		redirect.addFlashAttribute(PageContext.NOTICE, "membership.leave.done");
		return "redirect:" + MembershipViews.communityPath(slug);
	}

	private ModelAndView applyPage(Community community, ApplyForm form, FormErrors errors, Locale locale) {
		return MembershipViews.view(APPLY_VIEW, new ApplyPage(community.slug(), MembershipViews.name(community, locale),
				form, errors, MembershipApplication.MOTIVATION_MAX_LENGTH));
	}

}
