package org.kring.community.web;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.community.MemberDetails;
import org.kring.community.internal.Community;
import org.kring.community.internal.MemberDirectory;
import org.kring.community.internal.MembershipGuard;
import org.kring.community.internal.MembershipHistory;
import org.kring.community.internal.MembershipScope;
import org.kring.community.internal.Sharing;
import org.kring.system.KringPrincipal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A community's members list, for its members and administrators, and the history of its
 * memberships, for its facilitators and administrators. Each reads a fixed number of
 * queries whatever the number of members.
 */
@Controller
class MembersController {

	static final String MEMBERS_VIEW = "community/members";

	static final String HISTORY_VIEW = "community/membership/history";

	private final MembershipGuard guard;

	private final MemberDirectory directory;

	private final MembershipHistory history;

	private final AccountManagement accounts;

	private final ObjectProvider<MemberDetails> details;

	private final MembershipViews views;

	MembersController(MembershipGuard guard, MemberDirectory directory, MembershipHistory history,
			AccountManagement accounts, ObjectProvider<MemberDetails> details, MembershipViews views) {
		this.guard = guard;
		this.directory = directory;
		this.history = history;
		this.accounts = accounts;
		this.details = details;
		this.views = views;
	}

	@GetMapping("/communities/{slug}/members")
	ModelAndView members(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			@RequestParam(name = "page", defaultValue = "1") int page, Locale locale, HttpServletRequest request) {
		MembershipScope scope = this.guard.members(slug, me);
		Community community = scope.community();
		long total = this.directory.count(community.id());
		Pagination pagination = Pagination.of(page, total, "/communities/" + slug + "/members");
		List<MemberDirectory.Member> members = this.directory.page(community.id(), pagination.offset(),
				Pagination.SIZE);
		Map<UUID, String> names = this.accounts
			.displayNamesOf(members.stream().map(MemberDirectory.Member::personId).toList());
		Map<UUID, String> emails = this.accounts.emailsOf(sharing(members, Sharing::email));
		Optional<MemberDetails> organisations = provider(MemberDetails.Kind.ORGANISATION);
		Optional<MemberDetails> expertise = provider(MemberDetails.Kind.EXPERTISE);
		Map<UUID, String> organisationOf = organisations.map((p) -> p.of(sharing(members, Sharing::organisation)))
			.orElse(Map.of());
		Map<UUID, String> expertiseOf = expertise.map((p) -> p.of(sharing(members, Sharing::expertise)))
			.orElse(Map.of());
		List<MembersPage.Row> rows = members.stream()
			.map((member) -> new MembersPage.Row(member.personId(), names.get(member.personId()), member.role(),
					emails.get(member.personId()), organisationOf.get(member.personId()),
					expertiseOf.get(member.personId()), scope.viewer().is(member.personId())))
			.toList();
		return MembershipViews.view(MEMBERS_VIEW,
				new MembersPage(slug, MembershipViews.name(community, locale), rows, total, organisations.isPresent(),
						expertise.isPresent(), scope.manages(), scope.viewer().facilitator(), pagination,
						MembershipViews.problem(request)));
	}

	@GetMapping("/communities/{slug}/members/history")
	ModelAndView history(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			@RequestParam(name = "page", defaultValue = "1") int page, Locale locale) {
		MembershipScope scope = this.guard.managed(slug, me);
		Community community = scope.community();
		Pagination pagination = Pagination.of(page, this.history.countOf(community.id()),
				"/communities/" + slug + "/members/history");
		List<MembershipHistory.Entry> entries = this.history.of(community.id(), pagination.offset(), Pagination.SIZE);
		Set<UUID> people = new HashSet<>();
		entries.forEach(
				(entry) -> Stream.of(entry.actor(), entry.subject()).filter((id) -> id != null).forEach(people::add));
		Map<UUID, String> names = this.accounts.displayNamesOf(people);
		List<HistoryPage.Entry> shown = entries.stream()
			.map((entry) -> new HistoryPage.Entry("membership.event." + entry.kind().name(), name(names, entry.actor()),
					(entry.subject() != null) ? names.get(entry.subject()) : entry.subjectEmail(),
					(entry.role() != null) ? "membership.role." + entry.role().name() : null,
					when(entry.occurredAt(), locale)))
			.toList();
		return MembershipViews.view(HISTORY_VIEW,
				new HistoryPage(slug, MembershipViews.name(community, locale), shown, pagination));
	}

	private String when(Instant instant, Locale locale) {
		return this.views.dateTime(instant, locale);
	}

	private static @Nullable String name(Map<UUID, String> names, @Nullable UUID person) {
		return (person != null) ? names.get(person) : null;
	}

	private Optional<MemberDetails> provider(MemberDetails.Kind kind) {
		return this.details.orderedStream().filter((provider) -> provider.kind() == kind).findFirst();
	}

	private static Collection<UUID> sharing(List<MemberDirectory.Member> members, Predicate<Sharing> shares) {
		return members.stream()
			.filter((member) -> shares.test(member.sharing()))
			.map(MemberDirectory.Member::personId)
			.toList();
	}

}
