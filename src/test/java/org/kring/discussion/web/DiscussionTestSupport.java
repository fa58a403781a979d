package org.kring.discussion.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kring.discussion.DiscussionFixtures;
import org.kring.discussion.internal.DiscussionThread;
import org.kring.discussion.internal.Discussions;
import org.kring.discussion.internal.Post;
import org.kring.discussion.internal.ThreadDraft;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The discussion pages' tests: a community with its cast (a facilitator, two settled
 * members, an outsider and an administrator), threads started through the service, and
 * the pages as text. Deletes every thread, block and log entry of the test's communities
 * after it.
 */
abstract class DiscussionTestSupport extends MeetingTestSupport {

	@Autowired
	Discussions discussions;

	DiscussionFixtures threads;

	@BeforeEach
	void discussionFixtures() {
		this.threads = new DiscussionFixtures(this.jdbc, this.fixtures);
	}

	@AfterEach
	void deleteDiscussions() {
		this.threads.deleteAll();
	}

	DiscussionThread start(Cast cast, TestPrincipal author, String title, String text, boolean open) {
		return this.discussions.start(author, cast.community, new ThreadDraft(title, text, null, open));
	}

	Post newestPost(DiscussionThread thread) {
		return this.discussions.posts(thread.id(), 0).getContent().getLast();
	}

	static String refused(ResultActions result) throws Exception {
		return result.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
	}

	String page(String path, @Nullable TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	Cast cast(String visibility) {
		TestPrincipal facilitator = member("Farida Facilitator");
		TestPrincipal member = member("Mila Member");
		TestPrincipal other = member("Bert Other");
		UUID community = community(visibility, facilitator, member, other);
		this.threads.settle(community, member, other);
		return new Cast(community, facilitator, member, other, member("Otto Outsider"), administrator("Ada Admin"));
	}

	/**
	 * A community and the people around it.
	 */
	record Cast(UUID community, TestPrincipal facilitator, TestPrincipal member, TestPrincipal other,
			TestPrincipal outsider, TestPrincipal administrator) {

		String path() {
			return "/communities/" + MeetingFixtures.slugOf(this.community) + "/discussions";
		}

		String queue() {
			return "/communities/" + MeetingFixtures.slugOf(this.community) + "/moderation";
		}

	}

}
