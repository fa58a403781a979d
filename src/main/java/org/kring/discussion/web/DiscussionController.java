package org.kring.discussion.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.community.Visibility;
import org.kring.discussion.internal.Attachments;
import org.kring.discussion.internal.DiscussionAccess;
import org.kring.discussion.internal.DiscussionAccess.Rights;
import org.kring.discussion.internal.DiscussionAccessDenied;
import org.kring.discussion.internal.DiscussionBlocked;
import org.kring.discussion.internal.DiscussionInvalid;
import org.kring.discussion.internal.DiscussionInvalid.Problem;
import org.kring.discussion.internal.DiscussionRefused;
import org.kring.discussion.internal.DiscussionThread;
import org.kring.discussion.internal.Discussions;
import org.kring.discussion.internal.Post;
import org.kring.discussion.internal.PostAttachment;
import org.kring.discussion.internal.PostRevision;
import org.kring.discussion.internal.PostText;
import org.kring.discussion.internal.ThreadDraft;
import org.kring.discussion.web.DiscussionPages.FileView;
import org.kring.discussion.web.ModerationPages.Blocked;
import org.kring.discussion.web.DiscussionPages.History;
import org.kring.discussion.web.DiscussionPages.Moderation;
import org.kring.discussion.web.DiscussionPages.Paging;
import org.kring.discussion.web.DiscussionPages.PostEdit;
import org.kring.discussion.web.DiscussionPages.PostView;
import org.kring.discussion.web.DiscussionPages.Refused;
import org.kring.discussion.web.DiscussionPages.Reply;
import org.kring.discussion.web.DiscussionPages.ThreadForm;
import org.kring.discussion.web.DiscussionPages.ThreadList;
import org.kring.discussion.web.DiscussionPages.ThreadPage;
import org.kring.discussion.web.DiscussionPages.ThreadRow;
import org.kring.discussion.web.DiscussionPages.ThreadView;
import org.kring.meeting.MeetingTitles;
import org.kring.meeting.ThemeTitles;
import org.kring.system.KringPrincipal;
import org.kring.system.KringProperties;
import org.kring.system.files.FileDownloads;
import org.kring.system.files.Uploads;
import org.kring.system.web.PageContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A community's discussions: the list of threads, a thread with its posts, and the forms
 * to start a thread, reply, quote, edit and delete one's posts, mark a useful tip, and
 * pin, lock and move threads. Whoever may not read the community, or a thread, gets the
 * same 404 as for one that does not exist; a reader who may not act gets 403; a step the
 * thread does not take in its state (a reply to a locked or deleted thread) gets 409 with
 * the reason; input with problems shows the form again with 422, the message next to the
 * field and what was typed. A person blocked from the community gets 403 and a page
 * saying so; the moderation itself is on {@link ModerationController}'s pages.
 */
@Controller
class DiscussionController {

	static final String LIST_VIEW = "discussion/threads";

	static final String FORM_VIEW = "discussion/thread-form";

	static final String THREAD_VIEW = "discussion/thread";

	static final String EDIT_VIEW = "discussion/post-edit";

	static final String HISTORY_VIEW = "discussion/post-history";

	static final String REFUSED_VIEW = "discussion/refused";

	static final String BLOCKED_VIEW = "discussion/blocked";

	private final Discussions discussions;

	private final DiscussionAccess access;

	private final CommunityManagement communities;

	private final AccountManagement accounts;

	private final MeetingTitles meetings;

	private final ThemeTitles themes;

	private final PostText postText;

	private final Attachments attachments;

	private final KringProperties properties;

	DiscussionController(Discussions discussions, DiscussionAccess access, CommunityManagement communities,
			AccountManagement accounts, MeetingTitles meetings, ThemeTitles themes, PostText postText,
			Attachments attachments, KringProperties properties) {
		this.discussions = discussions;
		this.access = access;
		this.communities = communities;
		this.accounts = accounts;
		this.meetings = meetings;
		this.themes = themes;
		this.postText = postText;
		this.attachments = attachments;
		this.properties = properties;
	}

	@GetMapping("/communities/{slug}/discussions")
	ModelAndView list(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal @Nullable KringPrincipal me) {
		Scope scope = scope(slug, me);
		Page<DiscussionThread> threads = this.discussions.threads(scope.rights(), scope.community().id(), page);
		Map<UUID, String> names = this.accounts
			.displayNamesOf(threads.stream().map(DiscussionThread::authorId).collect(Collectors.toSet()));
		String path = DiscussionPages.listPath(scope.community());
		List<ThreadRow> rows = threads.stream()
			.map((thread) -> new ThreadRow(path + "/" + thread.id(), thread.title(), names.get(thread.authorId()),
					when(thread.lastActivityAt()), thread.lastActivityAt().toString(), thread.replyCount(),
					thread.pinned(), thread.locked(), thread.openToPublic()))
			.toList();
		return new ModelAndView(LIST_VIEW,
				Map.of("page",
						new ThreadList(scope.community(), rows,
								new Paging(threads.getNumber(), Math.max(threads.getTotalPages(), 1), path),
								scope.rights().writes(), scope.rights().facilitates())));
	}

	@GetMapping("/communities/{slug}/discussions/new")
	ModelAndView newForm(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me) {
		Scope scope = writer(slug, me);
		return form(scope.community(), new ThreadDraft("", "", null, false), Map.of());
	}

	@PostMapping("/communities/{slug}/discussions/new")
	ModelAndView start(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String meeting,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(defaultValue = "false") boolean openToPublic,
			@RequestParam(name = Attachments.FIELD, required = false) @Nullable List<MultipartFile> files,
			HttpServletResponse response) {
		Scope scope = writer(slug, me);
		ThreadDraft draft = new ThreadDraft(Objects.requireNonNullElse(title, ""), Objects.requireNonNullElse(text, ""),
				chosen(meeting), openToPublic, chosen(theme));
		try {
			DiscussionThread thread = this.discussions.start(me, scope.community().id(), draft, Uploads.of(files));
			return new ModelAndView("redirect:" + DiscussionPages.listPath(scope.community()) + "/" + thread.id());
		}
		catch (DiscussionInvalid invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(scope.community(), draft, invalid.problems());
		}
	}

	@GetMapping("/communities/{slug}/discussions/{id}")
	ModelAndView show(@PathVariable String slug, @PathVariable String id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String quote,
			@AuthenticationPrincipal @Nullable KringPrincipal me) {
		return orMoved(slug, id, me, "", () -> {
			Scope scope = scope(slug, me);
			DiscussionThread thread = thread(scope, id);
			Reply reply = null;
			if (scope.rights().writes() && !thread.locked()) {
				Optional<Post> quoted = (quote != null)
						? parse(quote).flatMap((postId) -> this.discussions.post(thread.id(), postId)
							.filter((post) -> !post.deleted() && (!post.hidden() || scope.rights().facilitates())))
						: Optional.empty();
				reply = quoted.map((post) -> new Reply(quotation(post.text()), post.id(), Map.of()))
					.orElse(new Reply("", null, Map.of()));
			}
			return threadPage(scope, thread, page, me, reply);
		});
	}

	/**
	 * A post's own address, as notifications and the search link to it: the page of its
	 * thread that holds it, at the post.
	 */
	@GetMapping("/communities/{slug}/discussions/{id}/posts/{postId}")
	ModelAndView post(@PathVariable String slug, @PathVariable String id, @PathVariable String postId,
			@AuthenticationPrincipal @Nullable KringPrincipal me) {
		return orMoved(slug, id, me, "/posts/" + postId, () -> {
			Scope scope = scope(slug, me);
			DiscussionThread thread = thread(scope, id);
			return new ModelAndView("redirect:" + postPath(scope.community(), thread.id(), threadPost(thread, postId)));
		});
	}

	/**
	 * A file of a post, for whoever reads the post: never for a deleted post, nor for a
	 * hidden one but to its moderators. Kept by shared caches only for a public thread.
	 */
	@GetMapping("/communities/{slug}/discussions/{id}/posts/{postId}/files/{fileId}")
	ResponseEntity<Resource> file(@PathVariable String slug, @PathVariable String id, @PathVariable String postId,
			@PathVariable String fileId, @AuthenticationPrincipal @Nullable KringPrincipal me) {
		Scope scope = scope(slug, me);
		DiscussionThread thread = thread(scope, id);
		Post post = threadPost(thread, postId);
		if (post.deleted() || (post.hidden() && !scope.rights().facilitates())) {
			throw notFound();
		}
		PostAttachment file = parse(fileId).flatMap((fid) -> this.attachments.find(post.id(), fid))
			.orElseThrow(DiscussionController::notFound);
		Path path = this.attachments.pathOf(file);
		return thread.openToPublic() ? FileDownloads.publicly(path, file.name(), file.contentType())
				: FileDownloads.privately(path, file.name(), file.contentType());
	}

	@PostMapping("/communities/{slug}/discussions/{id}/replies")
	ModelAndView reply(@PathVariable String slug, @PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String quoted,
			@RequestParam(name = Attachments.FIELD, required = false) @Nullable List<MultipartFile> files,
			HttpServletResponse response) {
		Scope scope = scope(slug, me);
		UUID threadId = parse(id).orElseThrow(DiscussionController::notFound);
		UUID quotedId = (quoted != null) ? parse(quoted).orElse(null) : null;
		try {
			Post post = this.discussions.reply(me, threadId, text, quotedId, Uploads.of(files));
			return new ModelAndView("redirect:" + postPath(scope.community(), threadId, post));
		}
		catch (DiscussionRefused refused) {
			return refused(scope, refused, response);
		}
		catch (DiscussionInvalid invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			DiscussionThread thread = thread(scope, id);
			int last = Math.max(this.discussions.posts(thread.id(), 0).getTotalPages() - 1, 0);
			return threadPage(scope, thread, last, me,
					new Reply(Objects.requireNonNullElse(text, ""), quotedId, invalid.problems()));
		}
	}

	@GetMapping("/communities/{slug}/discussions/{id}/posts/{postId}/edit")
	ModelAndView editForm(@PathVariable String slug, @PathVariable String id, @PathVariable String postId,
			@AuthenticationPrincipal KringPrincipal me, HttpServletResponse response) {
		Scope scope = scope(slug, me);
		DiscussionThread thread = thread(scope, id);
		Post post = ownPost(thread, postId, me);
		if (scope.rights().blocked()) {
			throw new DiscussionBlocked(scope.community().id());
		}
		if (post.deleted() || thread.locked()) {
			return refused(scope,
					new DiscussionRefused(post.deleted() ? "discussion.post.deleted" : "discussion.thread.locked"),
					response);
		}
		return edit(scope.community(), thread, post, post.text(), Map.of());
	}

	@PostMapping("/communities/{slug}/discussions/{id}/posts/{postId}/edit")
	ModelAndView edit(@PathVariable String slug, @PathVariable String id, @PathVariable String postId,
			@AuthenticationPrincipal KringPrincipal me, @RequestParam(required = false) @Nullable String text,
			HttpServletResponse response) {
		Scope scope = scope(slug, me);
		DiscussionThread thread = thread(scope, id);
		Post post = ownPost(thread, postId, me);
		try {
			this.discussions.edit(me, thread.id(), post.id(), text);
			return new ModelAndView("redirect:" + postPath(scope.community(), thread.id(), post));
		}
		catch (DiscussionRefused refused) {
			return refused(scope, refused, response);
		}
		catch (DiscussionInvalid invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return edit(scope.community(), thread, post, Objects.requireNonNullElse(text, ""), invalid.problems());
		}
	}

	@GetMapping("/communities/{slug}/discussions/{id}/posts/{postId}/history")
	ModelAndView history(@PathVariable String slug, @PathVariable String id, @PathVariable String postId,
			@AuthenticationPrincipal @Nullable KringPrincipal me) {
		Scope scope = scope(slug, me);
		DiscussionThread thread = thread(scope, id);
		Post post = threadPost(thread, postId);
		if (post.deleted() || (post.hidden() && !scope.rights().facilitates())) {
			throw notFound();
		}
		List<PostRevision> revisions = this.discussions.history(post.id());
		Set<UUID> people = new HashSet<>();
		people.add(post.authorId());
		revisions.forEach((revision) -> people.add(revision.editedBy()));
		Map<UUID, String> names = this.accounts.displayNamesOf(people);
		return new ModelAndView(HISTORY_VIEW, Map.of("page", new History(scope.community(), view(scope
			.community(), thread), names.get(post.authorId()), this.postText.html(post.text()), revisions
				.stream()
				.map((revision) -> new DiscussionPages.Revision(names.get(revision.editedBy()),
						when(revision.editedAt()), revision.editedAt().toString(), this.postText.html(revision.text())))
				.toList())));
	}

	@PostMapping("/communities/{slug}/discussions/{id}/posts/{postId}/delete")
	ModelAndView delete(@PathVariable String slug, @PathVariable String id, @PathVariable String postId,
			@AuthenticationPrincipal KringPrincipal me, HttpServletResponse response, RedirectAttributes redirect) {
		Scope scope = scope(slug, me);
		DiscussionThread thread = thread(scope, id);
		Post post = ownPost(thread, postId, me);
		try {
			this.discussions.delete(me, thread.id(), post.id());
		}
		catch (DiscussionRefused refused) {
			return refused(scope, refused, response);
		}
		redirect.addFlashAttribute(PageContext.NOTICE, "discussion.post.deleted.notice");
		boolean threadGone = this.discussions.thread(thread.id()).isEmpty();
		return new ModelAndView("redirect:" + (threadGone ? DiscussionPages.listPath(scope.community())
				: postPath(scope.community(), thread.id(), post)));
	}

	@PostMapping("/communities/{slug}/discussions/{id}/posts/{postId}/tip")
	ModelAndView tip(@PathVariable String slug, @PathVariable String id, @PathVariable String postId,
			@AuthenticationPrincipal KringPrincipal me, @RequestParam(defaultValue = "true") boolean tip,
			HttpServletResponse response) {
		Scope scope = scope(slug, me);
		DiscussionThread thread = thread(scope, id);
		UUID post = parse(postId).orElseThrow(DiscussionController::notFound);
		try {
			this.discussions.markTip(me, thread.id(), post, tip);
		}
		catch (DiscussionRefused refused) {
			return refused(scope, refused, response);
		}
		return new ModelAndView("redirect:"
				+ postPath(scope.community(), thread.id(), this.discussions.post(thread.id(), post).orElseThrow()));
	}

	@PostMapping("/communities/{slug}/discussions/{id}/posts/{postId}/flag")
	ModelAndView flag(@PathVariable String slug, @PathVariable String id, @PathVariable String postId,
			@AuthenticationPrincipal KringPrincipal me, @RequestParam(required = false) @Nullable String reason,
			HttpServletResponse response, RedirectAttributes redirect) {
		Scope scope = scope(slug, me);
		DiscussionThread thread = thread(scope, id);
		Post post = threadPost(thread, postId);
		try {
			boolean hidden = this.discussions.flag(me, thread.id(), post.id(), reason);
			redirect.addFlashAttribute(PageContext.NOTICE, hidden ? "discussion.flagged.hidden" : "discussion.flagged");
			return new ModelAndView("redirect:" + postPath(scope.community(), thread.id(), post));
		}
		catch (DiscussionRefused refused) {
			return refused(scope, refused, response);
		}
		catch (DiscussionInvalid invalid) {
			ModelAndView page = refused(scope, new DiscussionRefused(invalid.problems().get("reason").key()), response);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page;
		}
	}

	@PostMapping("/communities/{slug}/discussions/{id}/pin")
	ModelAndView pin(@PathVariable String slug, @PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(defaultValue = "true") boolean pinned, RedirectAttributes redirect) {
		Scope scope = scope(slug, me);
		DiscussionThread thread = thread(scope, id);
		this.discussions.pin(me, thread.id(), pinned);
		return done(scope.community(), thread.id(), pinned ? "discussion.pinned" : "discussion.unpinned", redirect);
	}

	@PostMapping("/communities/{slug}/discussions/{id}/lock")
	ModelAndView lock(@PathVariable String slug, @PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(defaultValue = "true") boolean locked, RedirectAttributes redirect) {
		Scope scope = scope(slug, me);
		DiscussionThread thread = thread(scope, id);
		this.discussions.lock(me, thread.id(), locked);
		return done(scope.community(), thread.id(), locked ? "discussion.locked" : "discussion.unlocked", redirect);
	}

	@PostMapping("/communities/{slug}/discussions/{id}/move")
	ModelAndView move(@PathVariable String slug, @PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String community, RedirectAttributes redirect) {
		Scope scope = scope(slug, me);
		DiscussionThread thread = thread(scope, id);
		UUID target = (community != null) ? parse(community).orElse(new UUID(0, 0)) : new UUID(0, 0);
		DiscussionThread moved = this.discussions.move(me, thread.id(), target);
		CommunitySummary to = this.communities.find(moved.communityId()).orElseThrow();
		return done(to, moved.id(), "discussion.moved", redirect);
	}

	/**
	 * A person blocked from a community's discussions who tries to write there: 403 and a
	 * page that says they are blocked, and that they still read its public threads.
	 */
	@ExceptionHandler(DiscussionBlocked.class)
	ModelAndView blocked(DiscussionBlocked blocked, HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		return new ModelAndView(BLOCKED_VIEW, Map.of("page",
				new Blocked(this.communities.find(blocked.communityId()).orElseThrow(DiscussionController::notFound))));
	}

	@ExceptionHandler(DiscussionAccessDenied.class)
	void denied(DiscussionAccessDenied denied, HttpServletResponse response) throws IOException {
		response.sendError(denied.visible() ? HttpStatus.FORBIDDEN.value() : HttpStatus.NOT_FOUND.value());
	}

	private ModelAndView threadPage(Scope scope, DiscussionThread thread, int page, @Nullable KringPrincipal me,
			@Nullable Reply reply) {
		CommunitySummary community = scope.community();
		Page<Post> posts = this.discussions.posts(thread.id(), page);
		if (posts.isEmpty() && page > 0) {
			posts = this.discussions.posts(thread.id(), posts.getTotalPages() - 1);
		}
		Set<UUID> quotedIds = posts.stream()
			.map(Post::quotedPostId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, Post> quoted = this.discussions.postsById(quotedIds);
		Set<UUID> people = new HashSet<>();
		posts.forEach((post) -> people.add(post.authorId()));
		quoted.values().forEach((post) -> people.add(post.authorId()));
		Map<UUID, String> names = this.accounts.displayNamesOf(people);
		Map<UUID, List<PostAttachment>> files = this.attachments.of(posts.map(Post::id).toList());
		String path = DiscussionPages.listPath(community) + "/" + thread.id();
		boolean threadAuthor = me != null && me.id().equals(thread.authorId());
		int offset = posts.getNumber() * Discussions.PAGE_SIZE;
		List<PostView> views = new java.util.ArrayList<>();
		for (Post post : posts) {
			int number = offset + views.size() + 1;
			Post quotes = (post.quotedPostId() != null) ? quoted.get(post.quotedPostId()) : null;
			boolean mine = me != null && me.id().equals(post.authorId());
			boolean own = mine && !post.deleted() && !thread.locked();
			boolean moderates = scope.rights().facilitates();
			boolean shown = !post.deleted() && (!post.hidden() || moderates);
			Moderation moderation = new Moderation(post.hidden(),
					scope.rights().writes() && !mine && !post.deleted() && !post.hidden(), moderates && post.hidden(),
					moderates && !post.hidden() && !post.deleted(),
					ModerationPages.queuePath(community) + "/posts/" + post.id());
			List<FileView> fileViews = shown ? files.getOrDefault(post.id(), List.of())
				.stream()
				.map((file) -> new FileView(file.name(), path + "/posts/" + post.id() + "/files/" + file.id(),
						file.image(), Math.max(1, (file.size() + 1023) / 1024)))
				.toList() : List.of();
			views.add(new PostView(post.id(), number, names.get(post.authorId()), when(post.createdAt()),
					post.createdAt().toString(), shown ? this.postText.html(post.text()) : "", post.editedAt() != null,
					post.deleted(), post.usefulTip(), (quotes != null) ? names.get(quotes.authorId()) : null,
					(quotes != null) ? path + "/posts/" + quotes.id() : null, own, reply != null && shown,
					threadAuthor && number > 1 && !post.deleted(), path + "/posts/" + post.id(),
					path + "?" + ((posts.getNumber() > 0) ? "page=" + posts.getNumber() + "&" : "") + "quote="
							+ post.id() + "#reply",
					moderation, fileViews));
		}
		MeetingTitles.Titled meeting = (thread.meetingId() != null)
				? this.meetings.of(Set.of(thread.meetingId())).get(thread.meetingId()) : null;
		ThemeTitles.Titled theme = (thread.themeId() != null)
				? this.themes.of(Set.of(thread.themeId())).get(thread.themeId()) : null;
		List<CommunitySummary> targets = (scope.rights().facilitates() && me != null)
				? this.discussions.moveTargets(me, community.id()) : List.of();
		return new ModelAndView(THREAD_VIEW,
				Map.of("page",
						new ThreadPage(community, view(community, thread), meeting, theme, views,
								new Paging(posts.getNumber(), Math.max(posts.getTotalPages(), 1), path), reply,
								scope.rights().facilitates(), targets)));
	}

	private ModelAndView form(CommunitySummary community, ThreadDraft draft, Map<String, Problem> errors) {
		return new ModelAndView(FORM_VIEW,
				Map.of("page",
						new ThreadForm(community, Objects.requireNonNullElse(draft.title(), ""),
								Objects.requireNonNullElse(draft.text(), ""), draft.meetingId(), draft.openToPublic(),
								this.discussions.meetingChoices(community.id()), draft.themeId(),
								this.discussions.themeChoices(community.id()),
								community.visibility() == Visibility.PUBLIC, errors)));
	}

	/** A choice of a select: none when empty, an id that matches nothing when not one. */
	private static @Nullable UUID chosen(@Nullable String id) {
		return (id != null && !id.isBlank()) ? parse(id).orElse(new UUID(0, 0)) : null;
	}

	private ModelAndView edit(CommunitySummary community, DiscussionThread thread, Post post, String text,
			Map<String, Problem> errors) {
		ThreadView view = view(community, thread);
		return new ModelAndView(EDIT_VIEW, Map.of("page",
				new PostEdit(community, view, view.path() + "/posts/" + post.id() + "/edit", text, errors)));
	}

	private static ModelAndView refused(Scope scope, DiscussionRefused refused, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		return new ModelAndView(REFUSED_VIEW, Map.of("page",
				new Refused(scope.community(), refused.messageKey(), DiscussionPages.listPath(scope.community()))));
	}

	private static ModelAndView done(CommunitySummary community, UUID threadId, String notice,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute(PageContext.NOTICE, notice);
		return new ModelAndView("redirect:" + DiscussionPages.listPath(community) + "/" + threadId);
	}

	private String postPath(CommunitySummary community, UUID threadId, Post post) {
		int page = this.discussions.pageOf(post);
		return DiscussionPages.listPath(community) + "/" + threadId + ((page > 0) ? "?page=" + page : "") + "#post-"
				+ post.id();
	}

	private static ThreadView view(CommunitySummary community, DiscussionThread thread) {
		return new ThreadView(DiscussionPages.listPath(community) + "/" + thread.id(), thread.title(), thread.pinned(),
				thread.locked(), thread.openToPublic());
	}

	private Post threadPost(DiscussionThread thread, String postId) {
		return parse(postId).flatMap((id) -> this.discussions.post(thread.id(), id))
			.orElseThrow(DiscussionController::notFound);
	}

	private Post ownPost(DiscussionThread thread, String postId, KringPrincipal me) {
		Post post = threadPost(thread, postId);
		if (!post.authorId().equals(me.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return post;
	}

	/** The text of a post as a Markdown quotation, to start a reply with. */
	static String quotation(String text) {
		return text.lines().map((line) -> line.isEmpty() ? ">" : "> " + line).collect(Collectors.joining("\n"))
				+ "\n\n";
	}

	private String when(Instant moment) {
		return moment.atZone(this.properties.timeZone())
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(LocaleContextHolder.getLocale()));
	}

	private Scope scope(String slug, @Nullable KringPrincipal me) {
		CommunitySummary community = this.communities.findBySlug(slug).orElseThrow(DiscussionController::notFound);
		Rights rights = this.access.rightsIn(me, community.id());
		if (!rights.reads()) {
			throw notFound();
		}
		return new Scope(community, rights);
	}

	private Scope writer(String slug, KringPrincipal me) {
		Scope scope = scope(slug, me);
		if (scope.rights().blocked()) {
			throw new DiscussionBlocked(scope.community().id());
		}
		if (!scope.rights().writes()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return scope;
	}

	private DiscussionThread thread(Scope scope, String id) {
		return parse(id).flatMap(this.discussions::thread)
			.filter((thread) -> thread.communityId().equals(scope.community().id()))
			.filter(scope.rights()::reads)
			.orElseThrow(DiscussionController::notFound);
	}

	static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A page of a thread, or, when the thread is not at this address because a
	 * facilitator moved it to a community the reader reads, a redirect to its new one
	 * (followed by the rest of the address); else 404.
	 */
	private ModelAndView orMoved(String slug, String id, @Nullable KringPrincipal me, String rest,
			Supplier<ModelAndView> page) {
		try {
			return page.get();
		}
		catch (ResponseStatusException ex) {
			if (ex.getStatusCode() != HttpStatus.NOT_FOUND) {
				throw ex;
			}
			return parse(id).flatMap(this.discussions::thread)
				.flatMap((thread) -> this.communities.find(thread.communityId())
					.filter((community) -> !community.slug().equals(slug))
					.filter((community) -> this.access.rightsIn(me, community.id()).reads(thread))
					.map((community) -> new ModelAndView(
							"redirect:" + DiscussionPages.listPath(community) + "/" + thread.id() + rest)))
				.orElseThrow(() -> ex);
		}
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private record Scope(CommunitySummary community, Rights rights) {
	}

}
