package org.kring.community.web;

import java.util.Locale;

import org.kring.community.internal.CommunityEditor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrators' list of proposed communities at {@code /admin/community-proposals};
 * each links to the proposal's page, where it is approved or declined. Only
 * administrators reach it: the security chain keeps {@code /admin/**} to them.
 */
@Controller
class CommunityProposalsController {

	static final String VIEW = "community/proposals";

	private final CommunityEditor editor;

	private final MembershipViews views;

	CommunityProposalsController(CommunityEditor editor, MembershipViews views) {
		this.editor = editor;
		this.views = views;
	}

	@GetMapping("/admin/community-proposals")
	String proposals(Locale locale, Model model) {
		model.addAttribute("page",
				new ProposalsPage(this.editor.proposals()
					.stream()
					.map((row) -> new ProposalsPage.Proposal(row.slug(), row.name(), row.language(), row.proposedBy(),
							this.views.dateTime(row.proposedAt(), locale)))
					.toList()));
		return VIEW;
	}

}
