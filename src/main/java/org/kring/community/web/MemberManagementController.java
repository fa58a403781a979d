package org.kring.community.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.community.CommunityRole;
import org.kring.community.internal.Admissions;
import org.kring.community.internal.Community;
import org.kring.account.EmailAddresses;
import org.kring.community.internal.InvitationFlows;
import org.kring.community.internal.MemberChanges;
import org.kring.community.internal.MembershipApplication;
import org.kring.community.internal.MembershipGuard;
import org.kring.community.internal.MembershipRefused;
import org.kring.community.internal.MembershipScope;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What facilitators and administrators do with a community's members: decide on
 * applications, invite and revoke invitations, change roles, remove members and hand
 * facilitation over. A refused step leads back to the page, which says why.
 */
@Controller
class MemberManagementController {

	static final String MANAGE_VIEW = "community/membership/manage";

	private final MembershipGuard guard;

	private final Admissions admissions;

	private final InvitationFlows invitations;

	private final MemberChanges changes;

	private final AccountManagement accounts;

	private final MembershipViews views;

	private final Clock clock;

	MemberManagementController(MembershipGuard guard, Admissions admissions, InvitationFlows invitations,
			MemberChanges changes, AccountManagement accounts, MembershipViews views, Clock clock) {
		this.guard = guard;
		this.admissions = admissions;
		this.invitations = invitations;
		this.changes = changes;
		this.accounts = accounts;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping("/communities/{slug}/members/manage")
	ModelAndView manage(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale,
			HttpServletRequest request) {
		MembershipScope scope = this.guard.managed(slug, me);
		return page(scope.community(), InviteForm.empty(), FormErrors.none(), MembershipViews.problem(request), locale);
	}

	@PostMapping("/communities/{slug}/invitations")
	ModelAndView invite(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			@Valid InviteForm form, BindingResult result, Locale locale, RedirectAttributes redirect) {
		MembershipScope scope = this.guard.managed(slug, me);
		if (!result.hasFieldErrors("email") && form.email() != null && !EmailAddresses.isPlausible(form.email())) {
			result.rejectValue("email", "membership.invite.email.invalid", "membership.invite.email.invalid");
		}
		if (form.role() == null || !InviteForm.ROLES.contains(form.role())) {
			result.rejectValue("role", "membership.invite.role.invalid", "membership.invite.role.invalid");
		}
		if (result.hasErrors() || form.email() == null || form.role() == null) {
			return rejected(scope.community(), form, FormErrors.of(result), null, locale);
		}
		try {
			this.invitations.invite(slug, me, form.email(), form.role(), locale);
		}
		catch (MembershipRefused refused) {
			return rejected(scope.community(), form, FormErrors.none(), Problem.of(refused), locale);
		}
		redirect.addFlashAttribute(PageContext.NOTICE, "membership.invite.sent");
		return new ModelAndView("redirect:" + managePath(slug));
	}

	@PostMapping("/communities/{slug}/invitations/{id}/revoke")
	String revoke(@PathVariable String slug, @PathVariable UUID id,
			@AuthenticationPrincipal @Nullable KringPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return step(request, redirect, managePath(slug), "membership.invitation.revoked",
				() -> this.invitations.revoke(slug, me, id));
	}

	@PostMapping("/communities/{slug}/applications/{id}/approve")
	String approve(@PathVariable String slug, @PathVariable UUID id,
			@AuthenticationPrincipal @Nullable KringPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return step(request, redirect, managePath(slug), "membership.application.approved",
				() -> this.admissions.approve(slug, me, id));
	}

	@PostMapping("/communities/{slug}/applications/{id}/decline")
	String decline(@PathVariable String slug, @PathVariable UUID id,
			@AuthenticationPrincipal @Nullable KringPrincipal me,
			@RequestParam(name = "note", required = false) @Nullable String note, HttpServletRequest request,
			RedirectAttributes redirect) {
		return step(request, redirect, managePath(slug), "membership.application.declined", () -> {
			if (note != null && note.strip().length() > MembershipApplication.NOTE_MAX_LENGTH) {
				throw new MembershipRefused("membership.note.long");
			}
			this.admissions.decline(slug, me, id, note);
		});
	}

	@PostMapping("/communities/{slug}/members/{personId}/role")
	String changeRole(@PathVariable String slug, @PathVariable UUID personId,
			@AuthenticationPrincipal @Nullable KringPrincipal me,
			@RequestParam(name = "role", required = false) @Nullable String role, HttpServletRequest request,
			RedirectAttributes redirect) {
		return step(request, redirect, membersPath(slug), "membership.role.changed",
				() -> this.changes.changeRole(slug, me, personId, role(role)));
	}

	@PostMapping("/communities/{slug}/members/{personId}/remove")
	String remove(@PathVariable String slug, @PathVariable UUID personId,
			@AuthenticationPrincipal @Nullable KringPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return step(request, redirect, membersPath(slug), "membership.member.removed",
				() -> this.changes.remove(slug, me, personId));
	}

	@PostMapping("/communities/{slug}/members/{personId}/hand-over")
	String handOver(@PathVariable String slug, @PathVariable UUID personId,
			@AuthenticationPrincipal @Nullable KringPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return step(request, redirect, membersPath(slug), "membership.handOver.done",
				() -> this.changes.handOver(slug, me, personId));
	}

	private static String step(HttpServletRequest request, RedirectAttributes redirect, String back, String done,
			Runnable step) {
		try {
			step.run();
		}
		catch (MembershipRefused refused) {
			return MembershipViews.refused(refused, request, back);
		}
		redirect.addFlashAttribute(PageContext.NOTICE, done);
		return "redirect:" + back;
	}

	private static CommunityRole role(@Nullable String name) {
		for (CommunityRole role : CommunityRole.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		throw new MembershipRefused("membership.role.invalid");
	}

	private ModelAndView rejected(Community community, InviteForm form, FormErrors errors, @Nullable Problem problem,
			Locale locale) {
		ModelAndView page = page(community, form, errors, problem, locale);
		page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return page;
	}

	private ModelAndView page(Community community, InviteForm form, FormErrors errors, @Nullable Problem problem,
			Locale locale) {
		List<MembershipApplication> pending = this.admissions.pending(community.id());
		Map<UUID, String> names = this.accounts
			.displayNamesOf(pending.stream().map(MembershipApplication::personId).toList());
		List<ManageMembersPage.PendingApplication> applications = pending.stream()
			.map((application) -> new ManageMembersPage.PendingApplication(application.id(),
					names.get(application.personId()), application.motivation(),
					this.views.date(application.appliedAt(), locale)))
			.toList();
		List<ManageMembersPage.PendingInvitation> invited = this.invitations.pending(community.id())
			.stream()
			.map((invitation) -> new ManageMembersPage.PendingInvitation(invitation.id(), invitation.email(),
					invitation.role(), this.views.date(invitation.expiresAt(), locale),
					!invitation.usable(this.clock.instant())))
			.toList();
		return MembershipViews.view(MANAGE_VIEW, new ManageMembersPage(community.slug(),
				MembershipViews.name(community, locale), applications, invited, form, errors, problem));
	}

	private static String managePath(String slug) {
		return "/communities/" + slug + "/members/manage";
	}

	private static String membersPath(String slug) {
		return "/communities/" + slug + "/members";
	}

}
