package org.kring.discussion.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityMembership;
import org.kring.community.CommunityRole;
import org.kring.community.CommunitySummary;
import org.kring.community.Visibility;
import org.kring.discussion.DiscussionMemberMentioned;
import org.kring.discussion.DiscussionReplyPosted;
import org.kring.discussion.DiscussionThreadStarted;
import org.kring.discussion.internal.DiscussionAccess.Rights;
import org.kring.discussion.internal.DiscussionInvalid.Problem;
import org.kring.meeting.MeetingTitles;
import org.kring.meeting.ThemeTitles;
import org.kring.system.KringPrincipal;
import org.kring.system.files.Upload;
import org.kring.system.web.CleanText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a community's discussions: members start threads and reply, quote, mention
 * each other, edit and delete their own posts; a thread's author marks useful tips;
 * facilitators pin, lock and move threads. Input with problems is refused with
 * {@link DiscussionInvalid}, a step the thread does not take with
 * {@link DiscussionRefused}, someone who may not act with {@link DiscussionAccessDenied};
 * in each case nothing changes. Events go out once what they tell of is stored.
 * <p>
 * A mention {@code @handle} names the member of the thread's community whose display
 * name, without white space and in lower case, is the handle ({@code @MilaJanssens} for
 * "Mila Janssens"); a handle that names no member, or several, mentions nobody, and
 * nothing tells the author which.
 */
@Service
public class Discussions {

	/** How many threads a page of the list shows, and how many posts a thread's page. */
	public static final int PAGE_SIZE = 20;

	/** How many of a community's meetings a new thread may be about. */
	public static final int MEETING_CHOICES = 50;

	/** How many of a community's open themes a new thread may be about. */
	public static final int THEME_CHOICES = 50;

	private final DiscussionThreads threads;

	private final Posts posts;

	private final PostRevisions revisions;

	private final PostFlags flags;

	private final Attachments attachments;

	private final DiscussionAccess access;

	private final CommunityManagement communities;

	private final AccountManagement accounts;

	private final MeetingTitles meetings;

	private final ThemeTitles themes;

	private final PostText postText;

	private final DiscussionSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Discussions(DiscussionThreads threads, Posts posts, PostRevisions revisions, PostFlags flags,
			Attachments attachments, DiscussionAccess access, CommunityManagement communities,
			AccountManagement accounts, MeetingTitles meetings, ThemeTitles themes, PostText postText,
			DiscussionSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.threads = threads;
		this.posts = posts;
		this.revisions = revisions;
		this.flags = flags;
		this.attachments = attachments;
		this.access = access;
		this.communities = communities;
		this.accounts = accounts;
		this.meetings = meetings;
		this.themes = themes;
		this.postText = postText;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A page of a community's threads that someone reads: every thread for its members
	 * and administrators, those open to the public for anyone else who reads the
	 * community. Always counts them, so that every page takes the same queries.
	 * @param rights what the reader may do in the community
	 * @param communityId the community
	 * @param page the page, from 0
	 * @return the threads, pinned first, then the most recently active
	 */
	@Transactional(readOnly = true)
	public Page<DiscussionThread> threads(Rights rights, UUID communityId, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		return new PageImpl<>(this.threads.listed(communityId, !rights.readsAll(), request), request,
				this.threads.countListed(communityId, !rights.readsAll()));
	}

	/**
	 * A thread, when it exists and is not deleted.
	 * @param threadId the thread
	 * @return the thread; callers check who reads it with {@link Rights#reads}
	 */
	@Transactional(readOnly = true)
	public Optional<DiscussionThread> thread(UUID threadId) {
		return this.threads.findById(threadId).filter((thread) -> !thread.deleted());
	}

	/**
	 * A page of a thread's posts, oldest first; always counts them, so that every page
	 * takes the same queries.
	 * @param threadId the thread
	 * @param page the page, from 0
	 * @return the posts
	 */
	@Transactional(readOnly = true)
	public Page<Post> posts(UUID threadId, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		return new PageImpl<>(this.posts.inThread(threadId, request), request, this.posts.countByThreadId(threadId));
	}

	/**
	 * Posts by id, in one query.
	 * @param postIds the posts
	 * @return the posts found, by id
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Post> postsById(Collection<UUID> postIds) {
		Map<UUID, Post> found = new HashMap<>();
		if (!postIds.isEmpty()) {
			this.posts.findAllById(postIds).forEach((post) -> found.put(post.id(), post));
		}
		return found;
	}

	/**
	 * A post of a thread.
	 * @param threadId the thread
	 * @param postId the post
	 * @return the post, empty when the thread has no such post
	 */
	@Transactional(readOnly = true)
	public Optional<Post> post(UUID threadId, UUID postId) {
		return this.posts.findById(postId).filter((post) -> post.threadId().equals(threadId));
	}

	/**
	 * The page of its thread a post is on.
	 * @param post the post
	 * @return the page, from 0
	 */
	@Transactional(readOnly = true)
	public int pageOf(Post post) {
		return (int) (this.posts.countBefore(post.threadId(), post.createdAt()) / PAGE_SIZE);
	}

	/**
	 * A post's earlier versions.
	 * @param postId the post
	 * @return the revisions, the most recent first
	 */
	@Transactional(readOnly = true)
	public List<PostRevision> history(UUID postId) {
		return this.revisions.findByPostIdOrderByEditedAtDesc(postId);
	}

	/**
	 * The meetings a community's new thread may be about.
	 * @param communityId the community
	 * @return its latest meetings
	 */
	@Transactional(readOnly = true)
	public List<MeetingTitles.Titled> meetingChoices(UUID communityId) {
		return this.meetings.ofCommunity(communityId, MEETING_CHOICES);
	}

	/**
	 * The themes a new thread of a community may be about: its open ones, proposed or
	 * scheduled, the most supported first.
	 * @param communityId the community
	 * @return at most {@value #THEME_CHOICES} themes
	 */
	@Transactional(readOnly = true)
	public List<ThemeTitles.Titled> themeChoices(UUID communityId) {
		return this.themes.openIn(communityId, THEME_CHOICES);
	}

	/**
	 * A member starts a thread with its opening post.
	 * @param me who starts it
	 * @param communityId the community
	 * @param draft the title, text, meeting, theme and whether the public reads it
	 * @return the thread
	 * @throws DiscussionAccessDenied when they are not a member
	 * @throws DiscussionBlocked when a moderator blocked them from the community
	 * @throws DiscussionInvalid when the draft has problems or they reached a new
	 * member's limit
	 */
	@Transactional
	public DiscussionThread start(KringPrincipal me, UUID communityId, ThreadDraft draft) {
		return start(me, communityId, draft, List.of());
	}

	/**
	 * A member starts a thread with its opening post and files attached to it.
	 * @param me who starts it
	 * @param communityId the community
	 * @param draft the title, text, meeting, theme and whether the public reads it
	 * @param files the files, images or PDFs, possibly none
	 * @return the thread
	 * @throws DiscussionAccessDenied when they are not a member
	 * @throws DiscussionInvalid when the draft or a file has problems or they reached a
	 * new member's limit
	 */
	@Transactional
	public DiscussionThread start(KringPrincipal me, UUID communityId, ThreadDraft draft, List<Upload> files) {
		CommunitySummary community = this.communities.find(communityId)
			.orElseThrow(() -> new DiscussionAccessDenied(false));
		Rights rights = writer(me, communityId);
		Map<String, Problem> problems = new LinkedHashMap<>();
		String title = CleanText.oneLine(draft.title());
		if (title.isEmpty()) {
			problems.put("title", Problem.of("discussion.title.required"));
		}
		else if (title.length() > DiscussionThread.TITLE_MAX_LENGTH) {
			problems.put("title", Problem.of("discussion.title.too-long", DiscussionThread.TITLE_MAX_LENGTH));
		}
		String text = text(draft.text(), problems);
		UUID meetingId = draft.meetingId();
		if (meetingId != null && meetingChoices(communityId).stream().noneMatch((m) -> m.id().equals(meetingId))) {
			problems.put("meeting", Problem.of("discussion.meeting.unknown"));
		}
		UUID themeId = draft.themeId();
		if (themeId != null && themeChoices(communityId).stream().noneMatch((t) -> t.id().equals(themeId))) {
			problems.put("theme", Problem.of("discussion.theme.unknown"));
		}
		if (draft.openToPublic() && community.visibility() != Visibility.PUBLIC) {
			problems.put("openToPublic", Problem.of("discussion.public.not-allowed"));
		}
		if (problems.isEmpty()) {
			checkNewMember(me, communityId, rights, text, !files.isEmpty(), problems);
		}
		List<Attachments.Accepted> accepted = problems.isEmpty() ? this.attachments.store(files, problems) : List.of();
		if (!problems.isEmpty()) {
			throw new DiscussionInvalid(problems);
		}
		Instant now = this.clock.instant();
		DiscussionThread thread = this.threads
			.save(new DiscussionThread(communityId, title, meetingId, themeId, draft.openToPublic(), me.id(), now));
		Post post = this.posts.save(new Post(thread, me.id(), text, null, now));
		this.attachments.attach(post.id(), accepted, now);
		this.events.publishEvent(new DiscussionThreadStarted(thread.id(), communityId, me.id(), title, now));
		mentioned(post, communityId, title);
		return thread;
	}

	/**
	 * A member replies in a thread, maybe quoting one of its posts.
	 * @param me who replies
	 * @param threadId the thread
	 * @param text what they wrote
	 * @param quotedPostId the post of the thread they quote, or null
	 * @return the reply
	 * @throws DiscussionAccessDenied when they may not read the thread or are not a
	 * member
	 * @throws DiscussionBlocked when a moderator blocked them from the community
	 * @throws DiscussionRefused {@code discussion.thread.locked} or
	 * {@code discussion.thread.deleted}
	 * @throws DiscussionInvalid when the text has problems or they reached a new member's
	 * limit
	 */
	@Transactional
	public Post reply(KringPrincipal me, UUID threadId, @Nullable String text, @Nullable UUID quotedPostId) {
		return reply(me, threadId, text, quotedPostId, List.of());
	}

	/**
	 * A member replies in a thread with files attached, maybe quoting one of its posts.
	 * @param me who replies
	 * @param threadId the thread
	 * @param text what they wrote
	 * @param quotedPostId the post of the thread they quote, or null
	 * @param files the files, images or PDFs, possibly none
	 * @return the reply
	 * @throws DiscussionAccessDenied when they may not read the thread or are not a
	 * member
	 * @throws DiscussionRefused {@code discussion.thread.locked} or
	 * {@code discussion.thread.deleted}
	 * @throws DiscussionInvalid when the text or a file has problems or they reached a
	 * new member's limit
	 */
	@Transactional
	public Post reply(KringPrincipal me, UUID threadId, @Nullable String text, @Nullable UUID quotedPostId,
			List<Upload> files) {
		DiscussionThread thread = this.threads.findById(threadId).orElseThrow(() -> new DiscussionAccessDenied(false));
		Rights rights = this.access.rightsIn(me, thread.communityId());
		if (thread.deleted()) {
			if (!rights.readsAll()) {
				throw new DiscussionAccessDenied(false);
			}
			throw new DiscussionRefused("discussion.thread.deleted");
		}
		if (!rights.reads(thread)) {
			throw new DiscussionAccessDenied(false);
		}
		notBlocked(rights, thread.communityId());
		if (!rights.writes()) {
			throw new DiscussionAccessDenied(true);
		}
		if (thread.locked()) {
			throw new DiscussionRefused("discussion.thread.locked");
		}
		Map<String, Problem> problems = new LinkedHashMap<>();
		String checked = text(text, problems);
		Post quoted = (quotedPostId != null)
				? post(threadId, quotedPostId).filter((post) -> !post.deleted()).orElse(null) : null;
		if (problems.isEmpty()) {
			checkNewMember(me, thread.communityId(), rights, checked, !files.isEmpty(), problems);
		}
		List<Attachments.Accepted> accepted = problems.isEmpty() ? this.attachments.store(files, problems) : List.of();
		if (!problems.isEmpty()) {
			throw new DiscussionInvalid(problems);
		}
		Instant now = this.clock.instant();
		Post post = this.posts.save(new Post(thread, me.id(), checked, (quoted != null) ? quoted.id() : null, now));
		this.attachments.attach(post.id(), accepted, now);
		this.threads.replied(threadId, now);
		UUID answered = (quoted != null) ? quoted.authorId() : thread.authorId();
		this.events.publishEvent(new DiscussionReplyPosted(post.id(), threadId, thread.communityId(), thread.title(),
				me.id(), answered.equals(me.id()) ? null : answered, now));
		mentioned(post, thread.communityId(), thread.title());
		return post;
	}

	/**
	 * The author edits their post; its earlier text becomes a revision.
	 * @param me who edits it
	 * @param threadId the post's thread
	 * @param postId the post
	 * @param text the new text
	 * @return the post
	 * @throws DiscussionAccessDenied when they may not read it or did not write it
	 * @throws DiscussionBlocked when a moderator blocked them from the community
	 * @throws DiscussionRefused when the thread is locked or the post deleted
	 * @throws DiscussionInvalid when the text has problems
	 */
	@Transactional
	public Post edit(KringPrincipal me, UUID threadId, UUID postId, @Nullable String text) {
		Post post = own(me, threadId, postId);
		DiscussionThread thread = readable(me, threadId);
		notBlocked(this.access.rightsIn(me, thread.communityId()), thread.communityId());
		Map<String, Problem> problems = new LinkedHashMap<>();
		String checked = text(text, problems);
		if (!problems.isEmpty()) {
			throw new DiscussionInvalid(problems);
		}
		if (!checked.equals(post.text())) {
			this.revisions.save(post.edit(checked, me.id(), this.clock.instant()));
		}
		return post;
	}

	/**
	 * The author deletes their post: it stays in its place, shown as deleted, without its
	 * text or earlier versions. An opening post without replies takes its thread along.
	 * @param me who deletes it
	 * @param threadId the post's thread
	 * @param postId the post
	 * @throws DiscussionAccessDenied when they may not read it or did not write it
	 * @throws DiscussionRefused when the thread is locked or the post deleted already
	 */
	@Transactional
	public void delete(KringPrincipal me, UUID threadId, UUID postId) {
		Post post = own(me, threadId, postId);
		post.delete();
		this.revisions.forget(postId);
		this.attachments.forget(postId);
		DiscussionThread thread = this.threads.findById(threadId).orElseThrow();
		if (thread.replyCount() == 0) {
			thread.delete();
		}
	}

	/**
	 * The thread's author marks a reply as a useful tip, or takes the mark away.
	 * @param me who marks it
	 * @param threadId the thread
	 * @param postId the reply
	 * @param tip whether it is a useful tip
	 * @throws DiscussionAccessDenied when they may not read the thread or did not start
	 * it
	 * @throws DiscussionRefused {@code discussion.tip.not-a-reply} for the opening post
	 * or a deleted one
	 */
	@Transactional
	public void markTip(KringPrincipal me, UUID threadId, UUID postId, boolean tip) {
		DiscussionThread thread = readable(me, threadId);
		Post post = post(threadId, postId).orElseThrow(() -> new DiscussionAccessDenied(false));
		if (!thread.authorId().equals(me.id())) {
			throw new DiscussionAccessDenied(true);
		}
		if (post.deleted() || this.posts.countBefore(threadId, post.createdAt()) == 0) {
			throw new DiscussionRefused("discussion.tip.not-a-reply");
		}
		post.markUsefulTip(tip);
	}

	/**
	 * A member flags someone else's post for a moderator, with a reason; once enough
	 * members flagged it since a moderator last dealt with its flags
	 * ({@link DiscussionSettings#flagsToHide()}), it is hidden until a moderator looks
	 * ({@link Moderation}). A second flag by the same member changes nothing.
	 * @param me who flags it
	 * @param threadId the post's thread
	 * @param postId the post
	 * @param reason why
	 * @return whether the post is hidden now
	 * @throws DiscussionAccessDenied when they may not read the post or are not a member
	 * @throws DiscussionBlocked when a moderator blocked them from the community
	 * @throws DiscussionRefused {@code discussion.flag.own} for their own post,
	 * {@code discussion.post.deleted} for a deleted one
	 * @throws DiscussionInvalid when the reason is missing or too long
	 */
	@Transactional
	public boolean flag(KringPrincipal me, UUID threadId, UUID postId, @Nullable String reason) {
		DiscussionThread thread = readable(me, threadId);
		Post post = post(threadId, postId).orElseThrow(() -> new DiscussionAccessDenied(false));
		Rights rights = this.access.rightsIn(me, thread.communityId());
		notBlocked(rights, thread.communityId());
		if (!rights.writes()) {
			throw new DiscussionAccessDenied(true);
		}
		if (post.authorId().equals(me.id())) {
			throw new DiscussionRefused("discussion.flag.own");
		}
		if (post.deleted()) {
			throw new DiscussionRefused("discussion.post.deleted");
		}
		String why = CleanText.oneLine(reason);
		if (why.isEmpty() || why.length() > PostFlag.REASON_MAX_LENGTH) {
			throw new DiscussionInvalid(Map.of("reason",
					Problem.of(why.isEmpty() ? "discussion.flag.reason.required" : "discussion.flag.reason.too-long",
							PostFlag.REASON_MAX_LENGTH)));
		}
		if (!this.flags.existsByPostIdAndPersonId(postId, me.id())) {
			this.flags.save(new PostFlag(postId, me.id(), why, this.clock.instant()));
			if (this.flags.countByPostIdAndCreatedAtAfter(postId, post.flagsCountSince()) >= this.settings
				.flagsToHide()) {
				post.hide();
			}
		}
		return post.hidden();
	}

	/**
	 * A facilitator pins a thread at the top of the list, or unpins it.
	 * @param me the facilitator
	 * @param threadId the thread
	 * @param pinned whether it is pinned
	 * @throws DiscussionAccessDenied when they may not read or facilitate the thread
	 */
	@Transactional
	public void pin(KringPrincipal me, UUID threadId, boolean pinned) {
		facilitated(me, threadId).pin(pinned);
	}

	/**
	 * A facilitator locks a thread, so that it takes no more replies nor edits, or
	 * unlocks it.
	 * @param me the facilitator
	 * @param threadId the thread
	 * @param locked whether it is locked
	 * @throws DiscussionAccessDenied when they may not read or facilitate the thread
	 */
	@Transactional
	public void lock(KringPrincipal me, UUID threadId, boolean locked) {
		facilitated(me, threadId).lock(locked);
	}

	/**
	 * A facilitator moves a thread to another community they facilitate; it loses its
	 * meeting, and stays open to the public only in a public community.
	 * @param me the facilitator
	 * @param threadId the thread
	 * @param communityId the other community
	 * @return the thread
	 * @throws DiscussionAccessDenied when they may not facilitate both communities
	 */
	@Transactional
	public DiscussionThread move(KringPrincipal me, UUID threadId, UUID communityId) {
		DiscussionThread thread = facilitated(me, threadId);
		CommunitySummary target = this.communities.find(communityId)
			.filter((community) -> this.access.rightsIn(me, community.id()).facilitates())
			.orElseThrow(() -> new DiscussionAccessDenied(true));
		thread.moveTo(target.id(), target.visibility() == Visibility.PUBLIC);
		return thread;
	}

	/**
	 * The other communities a facilitator may move a thread of a community to.
	 * @param me the facilitator
	 * @param communityId the thread's community
	 * @return the communities they facilitate but this one, by name
	 */
	@Transactional(readOnly = true)
	public List<CommunitySummary> moveTargets(KringPrincipal me, UUID communityId) {
		return this.communities.communitiesOf(me.id())
			.stream()
			.filter((membership) -> membership.role().facilitates())
			.map(CommunityMembership::community)
			.filter((community) -> !community.id().equals(communityId))
			.toList();
	}

	/**
	 * The members of a community that mentions in a text name.
	 * @param markdown the text
	 * @param communityId the community
	 * @return the members, each once
	 */
	@Transactional(readOnly = true)
	public Set<UUID> mentionedMembers(String markdown, UUID communityId) {
		List<String> handles = this.postText.mentions(markdown);
		if (handles.isEmpty()) {
			return Set.of();
		}
		Map<String, List<UUID>> byHandle = new HashMap<>();
		this.accounts.displayNamesOf(this.communities.membersOf(communityId))
			.forEach((person, name) -> byHandle.computeIfAbsent(handle(name), (key) -> new ArrayList<>()).add(person));
		Set<UUID> mentioned = new LinkedHashSet<>();
		for (String handle : handles) {
			List<UUID> people = byHandle.getOrDefault(handle, List.of());
			if (people.size() == 1) {
				mentioned.add(people.getFirst());
			}
		}
		return mentioned;
	}

	/**
	 * The handle that mentions a person: their display name without white space, in lower
	 * case.
	 * @param displayName the name
	 * @return the handle
	 */
	public static String handle(String displayName) {
		return CleanText.spacedOnce(displayName).replace(" ", "").toLowerCase(Locale.ROOT);
	}

	private void mentioned(Post post, UUID communityId, String threadTitle) {
		for (UUID person : mentionedMembers(post.text(), communityId)) {
			if (!person.equals(post.authorId())) {
				this.events.publishEvent(new DiscussionMemberMentioned(post.id(), post.threadId(), communityId,
						threadTitle, person, post.authorId(), post.createdAt()));
			}
		}
	}

	private String text(@Nullable String text, Map<String, Problem> problems) {
		if (text == null || text.isBlank()) {
			problems.put("text", Problem.of("discussion.text.required"));
			return "";
		}
		try {
			return this.postText.accepted(text.stripTrailing());
		}
		catch (PostTooLong tooLong) {
			problems.put("text", Problem.of("discussion.text.too-long", tooLong.maxLength(), tooLong.length()));
			return "";
		}
	}

	/**
	 * A member who joined less than the setting's hours ago, and is no facilitator,
	 * writes at most so many posts in the community, and without links or files unless
	 * the setting allows them.
	 */
	private void checkNewMember(KringPrincipal me, UUID communityId, Rights rights, String text, boolean files,
			Map<String, Problem> problems) {
		if (rights.facilitates()) {
			return;
		}
		DiscussionSettings.NewMember limits = this.settings.newMember();
		Instant now = this.clock.instant();
		Optional<Instant> joined = this.communities.communitiesOf(me.id())
			.stream()
			.filter((membership) -> membership.community().id().equals(communityId))
			.map(CommunityMembership::joinedAt)
			.findFirst();
		if (joined.isEmpty() || !now.isBefore(joined.get().plus(Duration.ofHours(limits.hours())))) {
			return;
		}
		if (this.posts.countWrittenSince(me.id(), communityId, joined.get()) >= limits.maxPosts()) {
			problems.put("text", Problem.of("discussion.new-member.max-posts", limits.hours(), limits.maxPosts()));
		}
		else if (!limits.links() && hasLinks(text)) {
			problems.put("text", Problem.of("discussion.new-member.links", limits.hours()));
		}
		else if (!limits.links() && files) {
			problems.put(Attachments.FIELD, Problem.of("discussion.new-member.files", limits.hours()));
		}
	}

	private boolean hasLinks(String text) {
		String html = this.postText.html(text);
		return html.contains("<a ") || html.contains("<img ");
	}

	private Rights writer(KringPrincipal me, UUID communityId) {
		Rights rights = this.access.rightsIn(me, communityId);
		notBlocked(rights, communityId);
		if (!rights.writes()) {
			throw new DiscussionAccessDenied(rights.reads());
		}
		return rights;
	}

	private static void notBlocked(Rights rights, UUID communityId) {
		if (rights.blocked()) {
			throw new DiscussionBlocked(communityId);
		}
	}

	private DiscussionThread readable(KringPrincipal me, UUID threadId) {
		DiscussionThread thread = thread(threadId).orElseThrow(() -> new DiscussionAccessDenied(false));
		if (!this.access.rightsIn(me, thread.communityId()).reads(thread)) {
			throw new DiscussionAccessDenied(false);
		}
		return thread;
	}

	private DiscussionThread facilitated(KringPrincipal me, UUID threadId) {
		DiscussionThread thread = readable(me, threadId);
		if (!this.access.rightsIn(me, thread.communityId()).facilitates()) {
			throw new DiscussionAccessDenied(true);
		}
		return thread;
	}

	private Post own(KringPrincipal me, UUID threadId, UUID postId) {
		DiscussionThread thread = readable(me, threadId);
		Post post = post(threadId, postId).orElseThrow(() -> new DiscussionAccessDenied(false));
		if (!post.authorId().equals(me.id())) {
			throw new DiscussionAccessDenied(true);
		}
		if (post.deleted()) {
			throw new DiscussionRefused("discussion.post.deleted");
		}
		if (thread.locked()) {
			throw new DiscussionRefused("discussion.thread.locked");
		}
		return post;
	}

}
