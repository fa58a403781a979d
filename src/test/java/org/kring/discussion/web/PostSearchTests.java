package org.kring.discussion.web;

import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.discussion.DiscussionFixtures;
import org.kring.discussion.internal.DiscussionThread;
import org.kring.discussion.internal.Discussions;
import org.kring.discussion.internal.Moderation;
import org.kring.discussion.internal.Post;
import org.kring.discussion.internal.ThreadDraft;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.search.internal.SearchIndex;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Posts in the search: found by their text with their thread's visibility, kept current
 * when the thread moves (whose old address then leads its readers to the new one), when a
 * post is hidden, shown again or deleted (hidden and deleted ones found by nobody,
 * administrators included); not found by the thread's title, which finds the thread; and
 * a found post's link leading to the page of its thread that holds it.
 */
class PostSearchTests extends MeetingTestSupport {

	@Autowired
	Moderation moderation;

	@Autowired
	Discussions discussions;

	@Autowired
	SearchIndex index;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private DiscussionFixtures threads;

	@BeforeEach
	void threads() {
		this.threads = new DiscussionFixtures(this.jdbc, this.fixtures);
		this.index.lastRebuild().join();
	}

	/** Deletes the threads, and empties their index, which does not see SQL deletions. */
	@AfterEach
	void deleteThreads() {
		this.threads.deleteAll();
		Search.mapping(this.entityManagerFactory).scope(Object.class).workspace().purge();
		this.index.lastRebuild().join();
	}

	@Test
	void aPostIsFoundByItsTextWithItsThreadsVisibilityAndFollowsTheThreadWhenItMoves() throws Exception {
		TestPrincipal facilitator = member("Farida Facilitator");
		TestPrincipal member = member("Mila Member");
		TestPrincipal outsider = member("Otto Outsider");
		UUID open = community("PUBLIC", facilitator, member);
		UUID closed = community("MEMBERS_ONLY", facilitator, member);
		this.threads.settle(open, member);
		this.threads.settle(closed, member);
		DiscussionThread publicThread = this.discussions.start(member, open,
				new ThreadDraft("Seasons in the orchard", "When do you prune?", null, true));
		Post reply = this.discussions.reply(facilitator, publicThread.id(), "Prune the quinceberries in March.", null);
		DiscussionThread membersThread = this.discussions.start(member, open,
				new ThreadDraft("Among us", "Our quinceberries froze.", null, false));
		String reply$ = path(open) + "/" + publicThread.id() + "/posts/" + reply.id();

		assertThat(search("quinceberries", outsider)).contains(reply$).doesNotContain(membersThread.id().toString());
		assertThat(search("quinceberries", null)).contains(reply$);
		assertThat(search("quinceberries", member)).contains(reply$, path(open) + "/" + membersThread.id() + "/posts/");
		assertThat(search("orchard", member)).contains(path(open) + "/" + publicThread.id() + "\"")
			.doesNotContain("/posts/");

		this.discussions.move(facilitator, publicThread.id(), closed);
		String moved = path(closed) + "/" + publicThread.id() + "/posts/" + reply.id();
		assertThat(search("quinceberries", outsider)).doesNotContain(reply.id().toString());
		assertThat(search("quinceberries", member)).contains(moved).doesNotContain(reply$);
		get(path(open) + "/" + publicThread.id(), member)
			.andExpect(redirectedUrl(path(closed) + "/" + publicThread.id()));
		get(reply$, member).andExpect(redirectedUrl(moved));
		get(path(open) + "/" + publicThread.id(), outsider).andExpect(status().isNotFound());
		get(reply$, null).andExpect(status().isNotFound());

		this.discussions.delete(facilitator, publicThread.id(), reply.id());
		assertThat(search("quinceberries", member)).doesNotContain(reply.id().toString());
		assertThat(search("quinceberries", administrator("Ada Admin"))).doesNotContain(reply.id().toString());
	}

	@Test
	void aHiddenPostIsFoundAgainOnlyOnceAModeratorShowsIt() throws Exception {
		TestPrincipal facilitator = member("Farida Facilitator");
		TestPrincipal author = member("Mila Member");
		TestPrincipal[] flaggers = { member("Bert"), member("Cleo"), member("Dirk") };
		UUID community = community("MEMBERS_ONLY", facilitator, author, flaggers[0], flaggers[1], flaggers[2]);
		this.threads.settle(community, author, flaggers[0], flaggers[1], flaggers[2]);
		DiscussionThread thread = this.discussions.start(author, community,
				new ThreadDraft("Rent", "Ask about the plumquat scheme.", null, false));
		Post post = this.discussions.posts(thread.id(), 0).getContent().getFirst();
		assertThat(search("plumquat", facilitator)).contains(post.id().toString());

		for (TestPrincipal flagger : flaggers) {
			this.discussions.flag(flagger, thread.id(), post.id(), "Advertising");
		}
		assertThat(search("plumquat", facilitator)).doesNotContain(post.id().toString());
		assertThat(search("plumquat", administrator("Ada Admin"))).doesNotContain(post.id().toString());
		this.moderation.restore(facilitator, community, post.id(), "Not an advertisement");
		assertThat(search("plumquat", facilitator)).contains(post.id().toString());
	}

	@Test
	void aPostsLinkLeadsToThePageOfItsThreadThatHoldsItForWhoeverReadsIt() throws Exception {
		TestPrincipal member = member("Mila Member");
		TestPrincipal outsider = member("Otto Outsider");
		UUID community = community("MEMBERS_ONLY", member("Farida Facilitator"), member);
		this.threads.settle(community, member);
		DiscussionThread thread = this.discussions.start(member, community,
				new ThreadDraft("Long thread", "Opening post.", null, false));
		this.threads.replies(thread.id(), Discussions.PAGE_SIZE + 2, member);
		Post first = this.discussions.posts(thread.id(), 0).getContent().getFirst();
		Post last = this.discussions.posts(thread.id(), 1).getContent().getLast();
		String threadPath = path(community) + "/" + thread.id();

		get(threadPath + "/posts/" + first.id(), member).andExpect(redirectedUrl(threadPath + "#post-" + first.id()));
		get(threadPath + "/posts/" + last.id(), member)
			.andExpect(redirectedUrl(threadPath + "?page=1#post-" + last.id()));
		get(threadPath + "/posts/" + last.id(), outsider).andExpect(status().isNotFound());
		get(threadPath + "/posts/" + last.id(), null).andExpect(status().isNotFound());
		get(threadPath + "/posts/" + UUID.randomUUID(), member).andExpect(status().isNotFound());
		get(threadPath + "/posts/not-an-id", member).andExpect(status().isNotFound());
	}

	private String search(String words, @Nullable TestPrincipal who) throws Exception {
		return get("/search?q=" + words, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String path(UUID community) {
		return "/communities/" + MeetingFixtures.slugOf(community) + "/discussions";
	}

}
