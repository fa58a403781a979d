package org.kring.community.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import gg.jte.TemplateEngine;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityPageSection;
import org.kring.community.internal.CommunityDetail;
import org.kring.community.internal.CommunityEditor;
import org.kring.community.internal.CommunityReader;
import org.kring.system.KringPrincipal;
import org.kring.system.web.PageContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A community's page at {@code /communities/{slug}}, and an administrator's decision on a
 * proposed one. A community the reader may not know of answers 404.
 */
@Controller
class CommunityController {

	static final String VIEW = "community/show";

	private final CommunityReader reader;

	private final CommunityEditor editor;

	private final ObjectProvider<CommunityPageSection> sections;

	private final TemplateEngine templates;

	private final PartnerChoice partners;

	private final JoinPanels joinPanels;

	CommunityController(CommunityReader reader, CommunityEditor editor, ObjectProvider<CommunityPageSection> sections,
			TemplateEngine templates, PartnerChoice partners, JoinPanels joinPanels) {
		this.joinPanels = joinPanels;
		this.reader = reader;
		this.editor = editor;
		this.sections = sections;
		this.templates = templates;
		this.partners = partners;
	}

	@GetMapping("/communities/{slug}")
	String show(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale,
			Model model) {
		CommunityDetail community = this.reader.detail(slug, me, locale);
		JoinPanel join = this.joinPanels.of(community.summary(), me, community.viewerRole());
		model.addAttribute("page", new CommunityPage(community, this.partners.named(community.partners()), join,
				sections(community, me, locale), this.templates));
		return VIEW;
	}

	@PostMapping("/communities/{slug}/approve")
	String approve(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			RedirectAttributes redirect) {
		return decided(slug, redirect, () -> this.editor.approve(slug, signedIn(me)), "community.proposal.approved");
	}

	@PostMapping("/communities/{slug}/decline")
	String decline(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			RedirectAttributes redirect) {
		return decided(slug, redirect, () -> this.editor.decline(slug, signedIn(me)), "community.proposal.declined");
	}

	/**
	 * A second decision on the same proposal (two administrators at once, or a form sent
	 * twice) changes nothing and says so.
	 */
	private static String decided(String slug, RedirectAttributes redirect, Runnable decision, String notice) {
		try {
			decision.run();
			redirect.addFlashAttribute(PageContext.NOTICE, notice);
		}
		catch (IllegalStateException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(PageContext.NOTICE, "community.proposal.alreadyDecided");
		}
		return "redirect:/communities/" + slug;
	}

	private List<CommunityPageSection.Section> sections(CommunityDetail community, @Nullable KringPrincipal me,
			Locale locale) {
		if (!community.readable()) {
			return List.of();
		}
		return this.sections.stream()
			.sorted(Comparator.comparingInt(CommunityPageSection::order))
			.map((section) -> section.section(community.summary(), me, locale))
			.flatMap(Optional::stream)
			.toList();
	}

	static KringPrincipal signedIn(@Nullable KringPrincipal me) {
		if (me == null) {
			throw new AccessDeniedException("Not signed in");
		}
		return me;
	}

}
