package org.kring.discussion.internal;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityRole;
import org.kring.system.KringPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what in a community's discussions: the one place the pages and the service
 * ask. Members read every thread of their community and write; whoever reads the
 * community (anyone for a public one) reads the threads open to the public; facilitators
 * and administrators read all, pin, lock and move threads and moderate. A member a
 * moderator blocked from the community's discussions reads its public threads only and
 * writes nothing there. A thread someone may not read must look to them as if it did not
 * exist.
 */
@Component
public class DiscussionAccess {

	private final CommunityManagement communities;

	private final DiscussionBlocks blocks;

	DiscussionAccess(CommunityManagement communities, DiscussionBlocks blocks) {
		this.communities = communities;
		this.blocks = blocks;
	}

	/**
	 * Someone's role in a community.
	 * @param me the signed-in person, or null for a visitor
	 * @param communityId the community
	 * @return their role, empty for a visitor or someone who is not a member
	 */
	@Transactional(readOnly = true)
	public Optional<CommunityRole> roleOf(@Nullable KringPrincipal me, UUID communityId) {
		return (me != null) ? this.communities.roleOf(me.id(), communityId) : Optional.empty();
	}

	/**
	 * What someone may do in a community's discussions.
	 * @param me the signed-in person, or null for a visitor
	 * @param communityId the community
	 * @return their rights; {@link Rights#none()} when they may not read the community
	 */
	@Transactional(readOnly = true)
	public Rights rightsIn(@Nullable KringPrincipal me, UUID communityId) {
		if (!this.communities.canRead(me, communityId)) {
			return Rights.none();
		}
		Optional<CommunityRole> role = roleOf(me, communityId);
		boolean administrator = me != null && me.administrator();
		boolean facilitator = administrator || role.map(CommunityRole::facilitates).orElse(false);
		if (me != null && !facilitator && this.blocks.existsByCommunityIdAndPersonId(communityId, me.id())) {
			return new Rights(true, false, false, false, true);
		}
		return new Rights(true, role.isPresent() || administrator, role.isPresent(), facilitator, false);
	}

	/**
	 * What someone may do in one community's discussions.
	 *
	 * @param reads whether they read the community: its public threads at least
	 * @param readsAll whether they read every thread: members and administrators
	 * @param writes whether they start threads and reply: members
	 * @param facilitates whether they pin, lock and move threads and moderate:
	 * facilitators and administrators
	 * @param blocked whether a moderator blocked them from the community's discussions
	 */
	public record Rights(boolean reads, boolean readsAll, boolean writes, boolean facilitates, boolean blocked) {

		public static Rights none() {
			return new Rights(false, false, false, false, false);
		}

		/**
		 * Whether they read a thread.
		 * @param thread the thread
		 * @return true when they may
		 */
		public boolean reads(DiscussionThread thread) {
			return !thread.deleted() && (this.readsAll || (this.reads && thread.openToPublic()));
		}

	}

}
