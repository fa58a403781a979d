package org.kring.discussion.web;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.discussion.internal.DiscussionAccessDenied;
import org.kring.discussion.internal.DiscussionBlock;
import org.kring.discussion.internal.DiscussionInvalid;
import org.kring.discussion.internal.DiscussionRefused;
import org.kring.discussion.internal.Discussions;
import org.kring.discussion.internal.Moderation;
import org.kring.discussion.internal.ModerationAction;
import org.kring.discussion.internal.ModerationEntry;
import org.kring.discussion.internal.Post;
import org.kring.discussion.internal.PostFlag;
import org.kring.discussion.internal.PostText;
import org.kring.discussion.web.DiscussionPages.Paging;
import org.kring.discussion.web.DiscussionPages.Refused;
import org.kring.discussion.web.ModerationPages.ActionForm;
import org.kring.discussion.web.ModerationPages.BlockedPerson;
import org.kring.discussion.web.ModerationPages.Flag;
import org.kring.discussion.web.ModerationPages.Item;
import org.kring.discussion.web.ModerationPages.Log;
import org.kring.discussion.web.ModerationPages.LogEntry;
import org.kring.discussion.web.ModerationPages.Queue;
import org.kring.discussion.web.ModerationPages.Quoted;
import org.kring.system.KringPrincipal;
import org.kring.system.KringProperties;
import org.kring.system.web.PageContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation of discussions: a community's queue of flagged posts and its moderation
 * log for its facilitators and the administrators, the queue of every community someone
 * moderates at {@code /moderation} (all communities for an administrator, those they
 * facilitate for a facilitator), and the actions: hide, restore, dismiss the flags, warn
 * the author, block the author, unblock. Whoever may not read the community, or a post
 * not in it, gets 404; a reader who does not moderate it 403; a step the post is not in
 * the state for 409 with the reason; a missing reason the form again with 422, the
 * message next to the field and what was typed.
 */
@Controller
class ModerationController {

	static final String QUEUE_VIEW = "discussion/moderation";

	static final String LOG_VIEW = "discussion/moderation-log";

	static final String ACTION_VIEW = "discussion/moderation-action";

	/** The pages an action may come back to: the queues and the threads. */
	private static final Pattern BACK = Pattern.compile(
			"/moderation(\\?page=\\d+)?|/communities/[\\w-]+/(moderation(\\?page=\\d+)?|discussions/[\\w-]+(\\?page=\\d+)?)");

	private final Moderation moderation;

	private final Discussions discussions;

	private final CommunityManagement communities;

	private final AccountManagement accounts;

	private final PostText postText;

	private final KringProperties properties;

	ModerationController(Moderation moderation, Discussions discussions, CommunityManagement communities,
			AccountManagement accounts, PostText postText, KringProperties properties) {
		this.moderation = moderation;
		this.discussions = discussions;
		this.communities = communities;
		this.accounts = accounts;
		this.postText = postText;
		this.properties = properties;
	}

	@GetMapping("/moderation")
	ModelAndView all(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal KringPrincipal me) {
		List<CommunitySummary> moderated = this.moderation.moderatedBy(me);
		if (moderated.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return queue(null, moderated, page);
	}

	@GetMapping("/communities/{slug}/moderation")
	ModelAndView community(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal KringPrincipal me) {
		CommunitySummary community = moderated(slug, me);
		return queue(community, List.of(community), page);
	}

	@GetMapping("/communities/{slug}/moderation/log")
	ModelAndView log(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal KringPrincipal me) {
		CommunitySummary community = moderated(slug, me);
		Page<ModerationEntry> entries = this.moderation.log(community.id(), page);
		Set<UUID> people = new HashSet<>();
		entries.forEach((entry) -> {
			people.add(entry.moderatorId());
			if (entry.personId() != null) {
				people.add(entry.personId());
			}
		});
		Map<UUID, String> names = this.accounts.displayNamesOf(people);
		String queue = ModerationPages.queuePath(community);
		List<LogEntry> rows = entries.stream()
			.map((entry) -> new LogEntry(name(names, entry.moderatorId()), entry.action().messageKey(),
					(entry.personId() != null) ? name(names, entry.personId()) : null,
					(entry.postId() != null) ? queue + "/posts/" + entry.postId() : null, entry.reason(),
					when(entry.createdAt()), entry.createdAt().toString()))
			.toList();
		return new ModelAndView(LOG_VIEW, Map.of("page", new Log(community, rows,
				new Paging(entries.getNumber(), Math.max(entries.getTotalPages(), 1), queue + "/log"))));
	}

	/** A post where its thread shows it, for the links of the queue and the log. */
	@GetMapping("/communities/{slug}/moderation/posts/{postId}")
	ModelAndView post(@PathVariable String slug, @PathVariable String postId,
			@AuthenticationPrincipal KringPrincipal me) {
		CommunitySummary community = moderated(slug, me);
		Post post = this.moderation.post(me, community.id(), parse(postId));
		int page = this.discussions.pageOf(post);
		return new ModelAndView("redirect:" + DiscussionPages.listPath(community) + "/" + post.threadId()
				+ ((page > 0) ? "?page=" + page : "") + "#post-" + post.id());
	}

	@PostMapping("/communities/{slug}/moderation/posts/{postId}/{action}")
	ModelAndView act(@PathVariable String slug, @PathVariable String postId, @PathVariable String action,
			@AuthenticationPrincipal KringPrincipal me, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String back, HttpServletResponse response,
			RedirectAttributes redirect) {
		CommunitySummary community = moderated(slug, me);
		UUID post = parse(postId);
		ModerationAction step = switch (action) {
			case "hide" -> ModerationAction.HIDE;
			case "restore" -> ModerationAction.RESTORE;
			case "dismiss" -> ModerationAction.DISMISS;
			case "warn" -> ModerationAction.WARN;
			case "block" -> ModerationAction.BLOCK;
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
		String path = ModerationPages.queuePath(community) + "/posts/" + post + "/" + action;
		return done(community, step, path, reason, back, response, redirect, () -> {
			switch (step) {
				case HIDE -> this.moderation.hide(me, community.id(), post, reason);
				case RESTORE -> this.moderation.restore(me, community.id(), post, reason);
				case DISMISS -> this.moderation.dismiss(me, community.id(), post, reason);
				case WARN -> this.moderation.warn(me, community.id(), post, reason);
				default -> this.moderation.block(me, community.id(), post, reason);
			}
		});
	}

	@PostMapping("/communities/{slug}/moderation/people/{personId}/unblock")
	ModelAndView unblock(@PathVariable String slug, @PathVariable String personId,
			@AuthenticationPrincipal KringPrincipal me, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String back, HttpServletResponse response,
			RedirectAttributes redirect) {
		CommunitySummary community = moderated(slug, me);
		UUID person = parse(personId);
		String path = ModerationPages.queuePath(community) + "/people/" + person + "/unblock";
		return done(community, ModerationAction.UNBLOCK, path, reason, back, response, redirect,
				() -> this.moderation.unblock(me, community.id(), person, reason));
	}

	@ExceptionHandler(DiscussionAccessDenied.class)
	void denied(DiscussionAccessDenied denied, HttpServletResponse response) throws IOException {
		response.sendError(denied.visible() ? HttpStatus.FORBIDDEN.value() : HttpStatus.NOT_FOUND.value());
	}

	private ModelAndView done(CommunitySummary community, ModerationAction step, String path, @Nullable String reason,
			@Nullable String back, HttpServletResponse response, RedirectAttributes redirect, Runnable action) {
		String returnTo = (back != null && BACK.matcher(back).matches()) ? back : ModerationPages.queuePath(community);
		try {
			action.run();
		}
		catch (DiscussionRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return new ModelAndView(DiscussionController.REFUSED_VIEW,
					Map.of("page", new Refused(community, refused.messageKey(), returnTo)));
		}
		catch (DiscussionInvalid invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return new ModelAndView(ACTION_VIEW,
					Map.of("page", new ActionForm(community, step.name().toLowerCase(Locale.ROOT), path,
							Objects.requireNonNullElse(reason, ""), invalid.problems(), returnTo)));
		}
		redirect.addFlashAttribute(PageContext.NOTICE, "discussion.moderation.done." + step.name());
		return new ModelAndView("redirect:" + returnTo);
	}

	private ModelAndView queue(@Nullable CommunitySummary community, List<CommunitySummary> moderated, int page) {
		Map<UUID, CommunitySummary> byId = moderated.stream()
			.collect(Collectors.toMap(CommunitySummary::id, Function.identity()));
		Page<Moderation.Item> items = this.moderation.queue(byId.keySet(), page);
		List<DiscussionBlock> blocks = this.moderation.blocksIn(byId.keySet());
		Set<String> blocked = blocks.stream()
			.map((block) -> block.communityId() + "/" + block.personId())
			.collect(Collectors.toSet());
		Set<UUID> people = new HashSet<>();
		for (Moderation.Item item : items) {
			people.add(item.post().authorId());
			item.flags().forEach((flag) -> people.add(flag.personId()));
			if (item.quoted() != null) {
				people.add(item.quoted().authorId());
			}
		}
		if (community != null) {
			blocks.forEach((block) -> people.add(block.personId()));
		}
		Map<UUID, String> names = this.accounts.displayNamesOf(people);
		List<Item> views = items.stream().map((item) -> {
			CommunitySummary of = byId.get(item.thread().communityId());
			Post post = item.post();
			String actions = ModerationPages.queuePath(of) + "/posts/" + post.id();
			Post quoted = item.quoted();
			return new Item(post.id(), of.name(), item.thread().title(), actions, name(names, post.authorId()),
					when(post.createdAt()), post.createdAt().toString(), this.postText.html(post.text()), post.hidden(),
					flags(item.flags(), names),
					(quoted != null) ? new Quoted(name(names, quoted.authorId()),
							quoted.deleted() ? "" : this.postText.html(quoted.text()), quoted.deleted()) : null,
					actions, blocked.contains(of.id() + "/" + post.authorId()));
		}).toList();
		List<BlockedPerson> blockedPeople = (community != null) ? blocks.stream()
			.map((block) -> new BlockedPerson(block.personId(), name(names, block.personId()), block.reason(),
					when(block.createdAt()), block.createdAt().toString(),
					ModerationPages.queuePath(community) + "/people/" + block.personId() + "/unblock"))
			.toList() : List.of();
		String path = (community != null) ? ModerationPages.queuePath(community) : "/moderation";
		Paging paging = new Paging(items.getNumber(), Math.max(items.getTotalPages(), 1), path);
		return new ModelAndView(QUEUE_VIEW,
				Map.of("page", new Queue(community, views, paging, blockedPeople, paging.at(items.getNumber()))));
	}

	private List<Flag> flags(Collection<PostFlag> flags, Map<UUID, String> names) {
		return flags.stream()
			.map((flag) -> new Flag(name(names, flag.personId()), flag.reason(), when(flag.createdAt()),
					flag.createdAt().toString()))
			.toList();
	}

	private CommunitySummary moderated(String slug, KringPrincipal me) {
		CommunitySummary community = this.communities.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.moderation.moderator(me, community.id());
		return community;
	}

	private static String name(Map<UUID, String> names, UUID person) {
		return names.getOrDefault(person, "—");
	}

	private static UUID parse(String id) {
		return DiscussionController.parse(id).orElseThrow(DiscussionController::notFound);
	}

	private String when(Instant moment) {
		return moment.atZone(this.properties.timeZone())
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(LocaleContextHolder.getLocale()));
	}

}
