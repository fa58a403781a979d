package org.kring.discussion.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityMembership;
import org.kring.community.CommunityRole;
import org.kring.community.CommunitySummary;
import org.kring.discussion.DiscussionMemberWarned;
import org.kring.discussion.internal.DiscussionAccess.Rights;
import org.kring.discussion.internal.DiscussionInvalid.Problem;
import org.kring.system.KringPrincipal;
import org.kring.system.web.CleanText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation of a community's discussions by its moderators, its facilitators and the
 * administrators: the queue of posts members flagged, with the flags and what the post
 * quotes; hiding a post, showing it again, dismissing its flags, warning its author,
 * blocking a person from the community's discussions and lifting the block. Each action
 * needs a reason and goes into the community's moderation log with who took it and when.
 * Someone who may not read the community, or a post not in it, gets
 * {@link DiscussionAccessDenied} as if it did not exist; a reader who does not moderate
 * gets it as a refusal; a missing or too long reason {@link DiscussionInvalid}; a step
 * the post or person is not in the state for {@link DiscussionRefused}. In each case
 * nothing changes.
 */
@Service
public class Moderation {

	/**
	 * How many posts a page of the queue shows, and how many entries a page of the log.
	 */
	public static final int PAGE_SIZE = 20;

	/** The longest reason a moderator may give. */
	public static final int REASON_MAX_LENGTH = 500;

	private final FlaggedPosts flagged;

	private final Posts posts;

	private final DiscussionThreads threads;

	private final DiscussionBlocks blocks;

	private final ModerationLog log;

	private final DiscussionAccess access;

	private final CommunityManagement communities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Moderation(FlaggedPosts flagged, Posts posts, DiscussionThreads threads, DiscussionBlocks blocks, ModerationLog log,
			DiscussionAccess access, CommunityManagement communities, ApplicationEventPublisher events, Clock clock) {
		this.flagged = flagged;
		this.posts = posts;
		this.threads = threads;
		this.blocks = blocks;
		this.log = log;
		this.access = access;
		this.communities = communities;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The communities someone moderates: every community for an administrator, those they
	 * facilitate for anyone else.
	 * @param me the signed-in person
	 * @return the communities, by name; empty for someone who moderates none
	 */
	@Transactional(readOnly = true)
	public List<CommunitySummary> moderatedBy(KringPrincipal me) {
		if (me.administrator()) {
			return this.communities.readableBy(me);
		}
		return this.communities.communitiesOf(me.id())
			.stream()
			.filter((membership) -> membership.role().facilitates())
			.map(CommunityMembership::community)
			.toList();
	}

	/**
	 * Checks that someone moderates a community.
	 * @param me the signed-in person, or null for a visitor
	 * @param communityId the community
	 * @return their rights in it
	 * @throws DiscussionAccessDenied when they may not read the community (as not found)
	 * or do not moderate it
	 */
	@Transactional(readOnly = true)
	public Rights moderator(@Nullable KringPrincipal me, UUID communityId) {
		Rights rights = this.access.rightsIn(me, communityId);
		if (!rights.facilitates()) {
			throw new DiscussionAccessDenied(rights.reads());
		}
		return rights;
	}

	/**
	 * A page of the queue: the posts of some communities' threads with open flags (given
	 * since a moderator last dealt with the post's flags), the oldest first, each with
	 * its thread, its open flags and the post it quotes; in five queries whatever the
	 * number of posts. Callers check that the reader moderates the communities.
	 * @param communityIds the communities
	 * @param page the page, from 0
	 * @return the items
	 */
	@Transactional(readOnly = true)
	public Page<Item> queue(Collection<UUID> communityIds, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Collection<UUID> among = communityIds.isEmpty() ? List.of(new UUID(0, 0)) : communityIds;
		List<UUID> ids = this.flagged.open(among, Instant.EPOCH, request);
		long total = this.flagged.countOpen(among, Instant.EPOCH);
		if (ids.isEmpty()) {
			return new PageImpl<>(List.of(), request, total);
		}
		Map<UUID, Post> posts = new HashMap<>();
		Map<UUID, DiscussionThread> threads = new HashMap<>();
		for (Object[] pair : this.flagged.withThreads(ids)) {
			Post post = (Post) pair[0];
			posts.put(post.id(), post);
			threads.put(post.id(), (DiscussionThread) pair[1]);
		}
		Map<UUID, List<PostFlag>> flags = this.flagged.flagsOf(ids)
			.stream()
			.filter((flag) -> flag.createdAt().isAfter(posts.get(flag.postId()).flagsCountSince()))
			.collect(Collectors.groupingBy(PostFlag::postId));
		Set<UUID> quotedIds = posts.values()
			.stream()
			.map(Post::quotedPostId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, Post> quoted = new HashMap<>();
		if (!quotedIds.isEmpty()) {
			this.posts.findAllById(quotedIds).forEach((post) -> quoted.put(post.id(), post));
		}
		List<Item> items = new ArrayList<>();
		for (UUID id : ids) {
			Post post = posts.get(id);
			items.add(new Item(post, threads.get(id), flags.getOrDefault(id, List.of()),
					(post.quotedPostId() != null) ? quoted.get(post.quotedPostId()) : null));
		}
		return new PageImpl<>(items, request, total);
	}

	/**
	 * A post of a community's threads, for a moderator to look at.
	 * @param me the moderator
	 * @param communityId the community
	 * @param postId the post
	 * @return the post
	 * @throws DiscussionAccessDenied when they do not moderate the community, or the post
	 * is not in it (as not found)
	 */
	@Transactional(readOnly = true)
	public Post post(KringPrincipal me, UUID communityId, UUID postId) {
		moderator(me, communityId);
		return inCommunity(communityId, postId);
	}

	/**
	 * A moderator hides a post from all but moderators, or keeps hidden one that members'
	 * flags hid; its flags so far are dealt with.
	 * @param me the moderator
	 * @param communityId the post's community
	 * @param postId the post
	 * @param reason why
	 * @return the post
	 * @throws DiscussionRefused {@code discussion.post.deleted} for a deleted post
	 */
	@Transactional
	public Post hide(KringPrincipal me, UUID communityId, UUID postId, @Nullable String reason) {
		return dealWithFlags(me, communityId, postId, reason, ModerationAction.HIDE);
	}

	/**
	 * A moderator shows a hidden post again; its flags so far are dealt with, and only
	 * later ones count toward hiding it anew.
	 * @param me the moderator
	 * @param communityId the post's community
	 * @param postId the post
	 * @param reason why
	 * @return the post
	 * @throws DiscussionRefused {@code discussion.moderation.not-hidden} for a post shown
	 * already, {@code discussion.post.deleted} for a deleted one
	 */
	@Transactional
	public Post restore(KringPrincipal me, UUID communityId, UUID postId, @Nullable String reason) {
		return dealWithFlags(me, communityId, postId, reason, ModerationAction.RESTORE);
	}

	/**
	 * A moderator finds a shown post's flags unfounded: it stays shown, and its flags so
	 * far are dealt with.
	 * @param me the moderator
	 * @param communityId the post's community
	 * @param postId the post
	 * @param reason why
	 * @return the post
	 * @throws DiscussionRefused {@code discussion.moderation.dismiss.hidden} for a hidden
	 * post (restore it instead), {@code discussion.post.deleted} for a deleted one
	 */
	@Transactional
	public Post dismiss(KringPrincipal me, UUID communityId, UUID postId, @Nullable String reason) {
		return dealWithFlags(me, communityId, postId, reason, ModerationAction.DISMISS);
	}

	/**
	 * A moderator warns a post's author, who is told by a {@link DiscussionMemberWarned}
	 * event; the post stays as it is.
	 * @param me the moderator
	 * @param communityId the post's community
	 * @param postId the post
	 * @param reason why, which the author reads
	 * @return the post
	 * @throws DiscussionRefused {@code discussion.moderation.own} for their own post
	 */
	@Transactional
	public Post warn(KringPrincipal me, UUID communityId, UUID postId, @Nullable String reason) {
		Post post = post(me, communityId, postId);
		if (post.authorId().equals(me.id())) {
			throw new DiscussionRefused("discussion.moderation.own");
		}
		String why = reason(reason);
		ModerationEntry entry = logged(me, communityId, ModerationAction.WARN, post.authorId(), post, why);
		DiscussionThread thread = this.threads.findById(post.threadId()).orElseThrow();
		this.events.publishEvent(new DiscussionMemberWarned(entry.id(), communityId, post.authorId(), thread.id(),
				post.id(), thread.title(), why, entry.createdAt()));
		return post;
	}

	/**
	 * A moderator blocks a post's author from the community's discussions: from now on
	 * they read its public threads only, and start, reply, edit and flag nothing there.
	 * @param me the moderator
	 * @param communityId the post's community
	 * @param postId the post
	 * @param reason why
	 * @return the post
	 * @throws DiscussionRefused {@code discussion.moderation.block.moderator} for a
	 * moderator of the community, {@code discussion.moderation.block.already} for someone
	 * blocked already
	 */
	@Transactional
	public Post block(KringPrincipal me, UUID communityId, UUID postId, @Nullable String reason) {
		Post post = post(me, communityId, postId);
		UUID person = post.authorId();
		if (person.equals(me.id())
				|| this.communities.roleOf(person, communityId).map(CommunityRole::facilitates).orElse(false)) {
			throw new DiscussionRefused("discussion.moderation.block.moderator");
		}
		if (this.blocks.existsByCommunityIdAndPersonId(communityId, person)) {
			throw new DiscussionRefused("discussion.moderation.block.already");
		}
		String why = reason(reason);
		Instant now = this.clock.instant();
		this.blocks.save(new DiscussionBlock(communityId, person, me.id(), why, now));
		logged(me, communityId, ModerationAction.BLOCK, person, post, why);
		return post;
	}

	/**
	 * A moderator lifts a person's block: they read and write in the community's
	 * discussions as their role lets them again.
	 * @param me the moderator
	 * @param communityId the community
	 * @param personId the person blocked
	 * @param reason why
	 * @throws DiscussionAccessDenied when they do not moderate the community, or the
	 * person is not blocked from it (as not found)
	 */
	@Transactional
	public void unblock(KringPrincipal me, UUID communityId, UUID personId, @Nullable String reason) {
		moderator(me, communityId);
		DiscussionBlock block = this.blocks.findByCommunityIdAndPersonId(communityId, personId)
			.orElseThrow(() -> new DiscussionAccessDenied(false));
		String why = reason(reason);
		this.blocks.delete(block);
		logged(me, communityId, ModerationAction.UNBLOCK, personId, null, why);
	}

	/**
	 * The people blocked from a community's discussions. Callers check that the reader
	 * moderates it.
	 * @param communityId the community
	 * @return the blocks, the most recent first
	 */
	@Transactional(readOnly = true)
	public List<DiscussionBlock> blocks(UUID communityId) {
		return this.blocks.findByCommunityIdOrderByCreatedAtDesc(communityId);
	}

	/**
	 * A page of a community's moderation log, the most recent first; always counts the
	 * entries, so that every page takes the same queries. Callers check that the reader
	 * moderates the community.
	 * @param communityId the community
	 * @param page the page, from 0
	 * @return the entries
	 */
	@Transactional(readOnly = true)
	public Page<ModerationEntry> log(UUID communityId, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		return new PageImpl<>(this.log.findByCommunityIdOrderByCreatedAtDescIdDesc(communityId, request), request,
				this.log.countByCommunityId(communityId));
	}

	/**
	 * A reason as it is kept: control characters and runs of white space cleaned.
	 * @throws DiscussionInvalid when it is empty or longer than
	 * {@link #REASON_MAX_LENGTH}
	 */
	private static String reason(@Nullable String reason) {
		String why = CleanText.oneLine(reason);
		if (why.isEmpty() || why.length() > REASON_MAX_LENGTH) {
			throw new DiscussionInvalid(Map.of("reason", Problem.of(
					why.isEmpty() ? "discussion.moderation.reason.required" : "discussion.moderation.reason.too-long",
					REASON_MAX_LENGTH)));
		}
		return why;
	}

	/** Hides, restores or leaves shown a post, its flags so far dealt with. */
	private Post dealWithFlags(KringPrincipal me, UUID communityId, UUID postId, @Nullable String reason,
			ModerationAction action) {
		Post post = post(me, communityId, postId);
		if (post.deleted()) {
			throw new DiscussionRefused("discussion.post.deleted");
		}
		if (action == ModerationAction.RESTORE && !post.hidden()) {
			throw new DiscussionRefused("discussion.moderation.not-hidden");
		}
		if (action == ModerationAction.DISMISS && post.hidden()) {
			throw new DiscussionRefused("discussion.moderation.dismiss.hidden");
		}
		String why = reason(reason);
		Instant now = this.clock.instant();
		if (action == ModerationAction.RESTORE) {
			post.restore(now);
		}
		else {
			if (action == ModerationAction.HIDE) {
				post.hide();
			}
			post.flagsDealtWith(now);
		}
		logged(me, communityId, action, post.authorId(), post, why);
		return post;
	}

	private Post inCommunity(UUID communityId, UUID postId) {
		return this.posts.findById(postId)
			.filter((post) -> this.threads.findById(post.threadId())
				.filter((thread) -> thread.communityId().equals(communityId) && !thread.deleted())
				.isPresent())
			.orElseThrow(() -> new DiscussionAccessDenied(false));
	}

	private ModerationEntry logged(KringPrincipal me, UUID communityId, ModerationAction action,
			@Nullable UUID personId, @Nullable Post post, String reason) {
		return this.log
			.save(new ModerationEntry(communityId, me.id(), action, personId, post, reason, this.clock.instant()));
	}

	/**
	 * A post in the moderation queue.
	 *
	 * @param post the post
	 * @param thread its thread
	 * @param flags its open flags, the oldest first
	 * @param quoted the post it quotes, or null
	 */
	public record Item(Post post, DiscussionThread thread, List<PostFlag> flags, @Nullable Post quoted) {
	}

	/**
	 * Who is blocked from some communities' discussions, in one query. Callers check that
	 * the reader moderates the communities.
	 * @param communityIds the communities
	 * @return the blocks
	 */
	@Transactional(readOnly = true)
	public List<DiscussionBlock> blocksIn(Collection<UUID> communityIds) {
		return communityIds.isEmpty() ? List.of() : this.blocks.findByCommunityIdIn(communityIds);
	}

}
