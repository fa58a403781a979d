package org.kring.discussion.web;

import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.discussion.DiscussionMemberMentioned;
import org.kring.discussion.DiscussionReplyPosted;
import org.kring.discussion.DiscussionThreadStarted;
import org.kring.discussion.internal.DiscussionThread;
import org.kring.discussion.internal.Post;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.search.internal.SearchIndex;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The discussion pages: who reads which threads (members all, whoever reads a public
 * community its public threads, anyone else a 404), who may start, reply, quote, edit,
 * delete, mark tips, pin, lock and move (403 for a reader who may not), what a locked or
 * deleted thread answers (409), bad input answered with 422 and the message next to the
 * field, a new member's limits, flags that hide a post until a moderator shows it again,
 * the events, who finds a thread in the search, and as many SQL statements for 3 threads
 * as for 30 and for a thread of 30 replies as of 500.
 */
@RecordApplicationEvents
class DiscussionPagesTests extends DiscussionTestSupport {

	@Autowired
	ApplicationEvents events;

	@Autowired
	SearchIndex index;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	/** Deletes the threads, and empties their index, which does not see SQL deletions. */
	@AfterEach
	void emptyTheIndex() {
		this.index.lastRebuild().join();
		Search.mapping(this.entityManagerFactory).scope(DiscussionThread.class).workspace().purge();
	}

	@Test
	void membersReadEveryThreadAndWhoeverReadsThePublicCommunityOnlyItsPublicThreads() throws Exception {
		Cast cast = cast("PUBLIC");
		DiscussionThread open = start(cast, cast.member(), "Open orchard question", "Anyone knows?", true);
		DiscussionThread closed = start(cast, cast.member(), "Among us orchard growers", "Members only.", false);
		String list = cast.path();
		this.index.lastRebuild().join();
		assertThat(page("/search?q=orchard", cast.outsider())).contains(list + "/" + open.id())
			.doesNotContain(closed.id().toString());
		assertThat(page("/search?q=orchard", cast.member())).contains(list + "/" + open.id(), list + "/" + closed.id());

		for (TestPrincipal reader : new TestPrincipal[] { null, cast.outsider() }) {
			assertThat(page(list, reader)).contains("Open orchard question")
				.doesNotContain("Among us orchard growers")
				.doesNotContain(list + "/new");
			assertThat(page(list + "/" + open.id(), reader)).contains("Anyone knows?").doesNotContain("id=\"reply\"");
			get(list + "/" + closed.id(), reader).andExpect(status().isNotFound());
		}
		String queue = "href=\"/communities/" + MeetingFixtures.slugOf(cast.community()) + "/moderation\"";
		assertThat(page(list, cast.member())).contains("Open orchard question")
			.contains("Among us orchard growers")
			.contains(list + "/new")
			.doesNotContain(queue);
		assertThat(page(list, cast.facilitator())).contains(queue);
		assertThat(page(list, cast.administrator())).contains("Among us orchard growers")
			.doesNotContain(list + "/new")
			.contains(queue);
		assertThat(page(list + "/" + closed.id(), cast.member())).contains("id=\"reply\"")
			.doesNotContain("facilitate-heading");
		assertThat(page(list + "/" + closed.id(), cast.facilitator())).contains("facilitate-heading");
		assertThat(page(list + "/" + closed.id(), cast.administrator())).contains("facilitate-heading")
			.doesNotContain("id=\"reply\"");
		get(list + "/" + UUID.randomUUID(), cast.member()).andExpect(status().isNotFound());
		get(list + "/not-an-id", cast.member()).andExpect(status().isNotFound());
		assertThat(page(list + "/" + closed.id() + "?page=7", cast.member())).contains("Members only.");
		assertThat(page("/communities/" + MeetingFixtures.slugOf(cast.community()), null))
			.contains("href=\"" + list + "\"");

		Cast hidden = cast("MEMBERS_ONLY");
		start(hidden, hidden.member(), "Inside", "Text.", false);
		get(hidden.path(), null).andExpect(status().isNotFound());
		get(hidden.path(), hidden.outsider()).andExpect(status().isNotFound());
		assertThat(page(hidden.path(), hidden.member())).contains("Inside");
		get("/communities/no-such-community/discussions", cast.member()).andExpect(status().isNotFound());
	}

	@Test
	void theListShowsPinnedThreadsFirstThenTheMostRecentlyActive() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		DiscussionThread first = start(cast, cast.member(), "First thread", "One.", false);
		DiscussionThread second = start(cast, cast.member(), "Second thread", "Two.", false);

		assertThat(page(cast.path(), cast.member())).containsSubsequence("Second thread", "First thread");
		post(cast.path() + "/" + first.id() + "/pin", cast.member()).andExpect(status().isForbidden());
		post(cast.path() + "/" + first.id() + "/pin", cast.facilitator(), "pinned", "true")
			.andExpect(redirectedUrl(cast.path() + "/" + first.id()));
		assertThat(page(cast.path(), cast.member())).containsSubsequence("First thread", "Second thread");
		this.discussions.reply(cast.other(), second.id(), "Later.", null);
		assertThat(page(cast.path(), cast.member())).containsSubsequence("First thread", "Second thread");
		post(cast.path() + "/" + first.id() + "/pin", cast.facilitator(), "pinned", "false");
		assertThat(page(cast.path(), cast.member())).containsSubsequence("Second thread", "First thread");
	}

	@Test
	void membersStartThreadsAndBadInputIsShownAgainWithTheMessageNextToTheField() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		String form = cast.path() + "/new";

		get(form, null).andExpect(redirectedUrl("/login"));
		get(form, cast.outsider()).andExpect(status().isNotFound());
		get(form, cast.administrator()).andExpect(status().isForbidden());
		assertThat(page(form, cast.member())).contains("name=\"title\"").doesNotContain("name=\"openToPublic\"");
		post(form, null, "title", "T", "text", "X").andExpect(redirectedUrl("/login"));
		post(form, cast.outsider(), "title", "T", "text", "X").andExpect(status().isNotFound());

		String empty = refused(post(form, cast.member(), "title", "Rent allowances", "text", "  "));
		assertThat(empty).contains("id=\"text-error\"").contains("Write a text.").contains("value=\"Rent allowances\"");
		String tooLong = "x".repeat(20_001);
		assertThat(refused(post(form, cast.member(), "title", "Long", "text", tooLong)))
			.contains("A post holds at most 20,000 characters; this one holds 20,001.")
			.contains(">" + tooLong + "</textarea>");
		assertThat(refused(post(form, cast.member(), "title", "", "text", "Text"))).contains("id=\"title-error\"");
		refused(post(form, cast.member(), "title", "Public", "text", "Text", "openToPublic", "true"));
		refused(post(form, cast.member(), "title", "Meeting", "text", "Text", "meeting", UUID.randomUUID().toString()));
		assertThat(count(cast)).isZero();

		Meeting meeting = this.fixtures.meeting(cast.community(), cast.facilitator(), "March meeting");
		assertThat(page(form, cast.member())).contains("value=\"" + meeting.id() + "\"");
		String started = post(form, cast.member(), "title", "Rent allowances", "text", "Who knows the *new* rules?",
				"meeting", meeting.id().toString())
			.andExpect(redirectedUrlPattern(cast.path() + "/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(count(cast)).isOne();
		assertThat(page(started, cast.other())).contains("<em>new</em>")
			.contains("href=\"/meetings/" + meeting.id() + "\"");
		assertThat(this.events.stream(DiscussionThreadStarted.class)).singleElement()
			.satisfies((event) -> assertThat(event.title()).isEqualTo("Rent allowances"))
			.satisfies((event) -> assertThat(event.authorId()).isEqualTo(cast.member().id()));
	}

	@Test
	void aPostOfAMegabyteIsRefusedCleanly() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		DiscussionThread thread = start(cast, cast.member(), "Question", "Text.", false);
		String megabyte = "a".repeat(1024 * 1024);

		assertThat(refused(post(cast.path() + "/" + thread.id() + "/replies", cast.other(), "text", megabyte)))
			.contains("this one holds 1,048,576.");
		assertThat(this.discussions.posts(thread.id(), 0).getTotalElements()).isOne();
	}

	@Test
	void repliesQuoteAndMentionMembersOnlyAndTheThreadsAuthorMarksTips() throws Exception {
		Cast cast = cast("PUBLIC");
		DiscussionThread thread = start(cast, cast.member(), "Rent", "Ask @OttoOutsider or @BertOther please.", true);
		assertThat(this.events.stream(DiscussionMemberMentioned.class)).singleElement()
			.satisfies((mention) -> assertThat(mention.mentionedPersonId()).isEqualTo(cast.other().id()))
			.satisfies((mention) -> assertThat(mention.byPersonId()).isEqualTo(cast.member().id()));
		String path = cast.path() + "/" + thread.id();
		Post opening = this.discussions.posts(thread.id(), 0).getContent().getFirst();
		assertThat(page(path, cast.member())).contains("Ask &#64;OttoOutsider or &#64;BertOther please.");

		String quoting = page(path + "?quote=" + opening.id(), cast.other());
		assertThat(quoting).contains("&gt; Ask @OttoOutsider or @BertOther please.\n\n</textarea>")
			.contains("name=\"quoted\" value=\"" + opening.id() + "\"");
		post(path + "/replies", cast.outsider(), "text", "Me too.").andExpect(status().isForbidden());
		post(path + "/replies", cast.other(), "text", "> Ask\n\nThe office on Monday.", "quoted",
				opening.id().toString())
			.andExpect(redirectedUrl(path + "#post-" + newestPost(thread).id()));
		Post reply = newestPost(thread);
		assertThat(reply.quotedPostId()).isEqualTo(opening.id());
		assertThat(this.events.stream(DiscussionReplyPosted.class)).singleElement()
			.satisfies((posted) -> assertThat(posted.repliedToAuthorId()).isEqualTo(cast.member().id()));

		String tip = path + "/posts/" + reply.id() + "/tip";
		post(tip, cast.other(), "tip", "true").andExpect(status().isForbidden());
		post(tip, cast.facilitator(), "tip", "true").andExpect(status().isForbidden());
		post(path + "/posts/" + opening.id() + "/tip", cast.member(), "tip", "true").andExpect(status().isConflict());
		post(tip, cast.member(), "tip", "true").andExpect(redirectedUrl(path + "#post-" + reply.id()));
		assertThat(page(path, cast.other())).contains("Useful tip").contains("Quotes a post by Mila Member");
	}

	@Test
	void authorsEditWithAVisibleHistoryAndDeleteTheirOwnPosts() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		DiscussionThread thread = start(cast, cast.member(), "Rent", "First words.", false);
		Post reply = this.discussions.reply(cast.other(), thread.id(), "My first reply.", null);
		String path = cast.path() + "/" + thread.id();
		String edit = path + "/posts/" + reply.id() + "/edit";

		get(edit, cast.member()).andExpect(status().isForbidden());
		post(edit, cast.member(), "text", "Taken over").andExpect(status().isForbidden());
		get(edit, cast.outsider()).andExpect(status().isNotFound());
		assertThat(page(edit, cast.other())).contains(">My first reply.</textarea>");
		assertThat(refused(post(edit, cast.other(), "text", ""))).contains("Write a text.");
		post(edit, cast.other(), "text", "My better reply.").andExpect(redirectedUrl(path + "#post-" + reply.id()));
		assertThat(page(path, cast.member())).contains("My better reply.")
			.contains("href=\"" + path + "/posts/" + reply.id() + "/history\"");
		assertThat(page(path + "/posts/" + reply.id() + "/history", cast.member())).contains("My first reply.")
			.contains("My better reply.")
			.contains("Edited by Bert Other");
		get(path + "/posts/" + reply.id() + "/history", cast.outsider()).andExpect(status().isNotFound());

		String delete = path + "/posts/" + reply.id() + "/delete";
		post(delete, cast.member()).andExpect(status().isForbidden());
		post(delete, cast.other()).andExpect(redirectedUrl(path + "#post-" + reply.id()));
		assertThat(page(path, cast.member())).contains("This post was deleted.").doesNotContain("My better reply.");
		assertThat(this.jdbc.queryForObject("select count(*) from discussion_post_revision where post_id = ?",
				Long.class, reply.id()))
			.isZero();
		post(edit, cast.other(), "text", "Back again").andExpect(status().isConflict());
	}

	@Test
	void lockedAndDeletedThreadsRefuseRepliesWithTheReason() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		DiscussionThread thread = start(cast, cast.member(), "Rent", "Text.", false);
		String path = cast.path() + "/" + thread.id();

		post(path + "/lock", cast.member()).andExpect(status().isForbidden());
		post(path + "/lock", null).andExpect(redirectedUrl("/login"));
		post(path + "/lock", cast.facilitator(), "locked", "true").andExpect(redirectedUrl(path));
		assertThat(post(path + "/replies", cast.other(), "text", "Too late.").andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("This thread is locked");
		assertThat(page(path, cast.other())).doesNotContain("id=\"reply\"");
		post(path + "/lock", cast.administrator(), "locked", "false").andExpect(redirectedUrl(path));
		this.discussions.reply(cast.other(), thread.id(), "Now it works.", null);

		DiscussionThread gone = start(cast, cast.member(), "Oops", "Wrong place.", false);
		Post opening = newestPost(gone);
		post(cast.path() + "/" + gone.id() + "/posts/" + opening.id() + "/delete", cast.member())
			.andExpect(redirectedUrl(cast.path()));
		get(cast.path() + "/" + gone.id(), cast.member()).andExpect(status().isNotFound());
		assertThat(post(cast.path() + "/" + gone.id() + "/replies", cast.other(), "text", "Hello?")
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("This thread was deleted");
		post(cast.path() + "/" + gone.id() + "/replies", cast.outsider(), "text", "Hello?")
			.andExpect(status().isNotFound());
	}

	@Test
	void postsFlaggedByEnoughMembersAreHiddenUntilAModeratorShowsThemAgain() throws Exception {
		Cast cast = cast("PUBLIC");
		TestPrincipal third = member("Tess Third");
		TestPrincipal fourth = member("Fred Fourth");
		this.fixtures.join(cast.community(), third, "MEMBER");
		this.fixtures.join(cast.community(), fourth, "MEMBER");
		DiscussionThread thread = start(cast, cast.other(), "Offer", "Buy cheap *watches* here.", true);
		Post post = newestPost(thread);
		String path = cast.path() + "/" + thread.id();
		String flag = path + "/posts/" + post.id() + "/flag";

		assertThat(page(path, cast.member())).contains("action=\"" + flag + "\"");
		assertThat(page(path, cast.other())).doesNotContain("action=\"" + flag + "\"");
		post(flag, null, "reason", "Spam").andExpect(redirectedUrl("/login"));
		post(flag, cast.outsider(), "reason", "Spam").andExpect(status().isForbidden());
		post(flag, cast.other(), "reason", "Spam").andExpect(status().isConflict());
		post(flag, cast.member(), "reason", " ").andExpect(status().isUnprocessableContent());
		post(flag, cast.member(), "reason", "Spam").andExpect(redirectedUrl(path + "#post-" + post.id()));
		post(flag, cast.member(), "reason", "Spam again").andExpect(redirectedUrl(path + "#post-" + post.id()));
		post(flag, third, "reason", "Advertising").andExpect(redirectedUrl(path + "#post-" + post.id()));
		assertThat(page(path, null)).contains("<em>watches</em>");

		post(flag, fourth, "reason", "Spam").andExpect(redirectedUrl(path + "#post-" + post.id()));
		for (TestPrincipal reader : new TestPrincipal[] { null, cast.member(), cast.other() }) {
			assertThat(page(path, reader)).doesNotContain("watches").contains("This post is hidden");
		}
		get(path + "/posts/" + post.id() + "/history", cast.member()).andExpect(status().isNotFound());
		String restore = "/communities/" + MeetingFixtures.slugOf(cast.community()) + "/moderation/posts/" + post.id()
				+ "/restore";
		assertThat(page(path, cast.facilitator())).contains("<em>watches</em>").contains("action=\"" + restore + "\"");
		post(restore, cast.member(), "reason", "Fine").andExpect(status().isForbidden());
		post(restore, cast.facilitator(), "reason", "Only a joke", "back", path).andExpect(redirectedUrl(path));
		assertThat(page(path, cast.member())).contains("<em>watches</em>");
		assertThat(this.jdbc.queryForObject("select count(*) from discussion_flag where post_id = ?", Long.class,
				post.id()))
			.isEqualTo(3);
	}

	@Test
	void facilitatorsMoveThreadsToAnotherCommunityTheyFacilitate() throws Exception {
		Cast cast = cast("PUBLIC");
		UUID other = community("MEMBERS_ONLY", cast.facilitator());
		UUID foreign = community("PUBLIC", cast.other());
		DiscussionThread thread = start(cast, cast.member(), "Elsewhere", "Text.", true);
		String path = cast.path() + "/" + thread.id();

		assertThat(page(path, cast.facilitator())).contains("value=\"" + other + "\"")
			.doesNotContain(foreign.toString());
		post(path + "/move", cast.member(), "community", other.toString()).andExpect(status().isForbidden());
		post(path + "/move", cast.facilitator(), "community", foreign.toString()).andExpect(status().isForbidden());
		String moved = "/communities/" + MeetingFixtures.slugOf(other) + "/discussions/" + thread.id();
		post(path + "/move", cast.facilitator(), "community", other.toString()).andExpect(redirectedUrl(moved));
		get(path, cast.facilitator()).andExpect(redirectedUrl(moved));
		get(path, cast.member()).andExpect(status().isNotFound());
		DiscussionThread stored = this.discussions.thread(thread.id()).orElseThrow();
		assertThat(stored.communityId()).isEqualTo(other);
		assertThat(stored.openToPublic()).isFalse();
	}

	@Test
	void newMembersWriteAFewPostsWithoutLinksAtFirst() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		TestPrincipal newcomer = member("Nina Newcomer");
		this.fixtures.join(cast.community(), newcomer, "MEMBER");
		DiscussionThread thread = start(cast, cast.member(), "Welcome", "Say hello.", false);
		String replies = cast.path() + "/" + thread.id() + "/replies";

		assertThat(refused(post(replies, newcomer, "text", "Cheap pills at https://spam.example")))
			.contains("your posts cannot hold links or images");
		for (int i = 0; i < 3; i++) {
			post(replies, newcomer, "text", "Hello " + i).andExpect(status().is3xxRedirection());
		}
		assertThat(refused(post(replies, newcomer, "text", "Hello again")))
			.contains("In your first 24 hours in a community you can write 3 posts.")
			.contains(">Hello again</textarea>");
		this.threads.settle(cast.community(), newcomer);
		post(replies, newcomer, "text", "See https://example.org").andExpect(status().is3xxRedirection());
		TestPrincipal newFacilitator = member("Fred Facilitator");
		this.fixtures.join(cast.community(), newFacilitator, "FACILITATOR");
		post(replies, newFacilitator, "text", "Rules at https://example.org").andExpect(status().is3xxRedirection());
	}

	@Test
	void theListAndAThreadTakeAsManyStatementsWhateverTheirSize() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		this.threads.threads(cast.community(), cast.member(), 3);
		SqlStatements.Recorded few = SqlStatements
			.count(() -> get(cast.path(), cast.member()).andExpect(status().isOk()));
		this.threads.threads(cast.community(), cast.other(), 27);
		SqlStatements.Recorded many = SqlStatements
			.count(() -> get(cast.path(), cast.member()).andExpect(status().isOk()));
		assertThat(few.count()).as(few::describe).isBetween(1, 12);
		assertThat(many.count()).as(many::describe).isEqualTo(few.count());

		UUID thread = this.threads.threads(cast.community(), cast.member(), 1).getFirst();
		String path = cast.path() + "/" + thread;
		this.threads.replies(thread, 30, cast.member(), cast.other(), cast.facilitator());
		SqlStatements.Recorded short_ = SqlStatements
			.count(() -> get(path + "?page=1", cast.member()).andExpect(status().isOk()));
		this.threads.replies(thread, 470, cast.member(), cast.other(), cast.facilitator());
		String last = page(path + "?page=25", cast.member());
		assertThat(last).contains("Page 26 of 26").contains("#501 by");
		SqlStatements.Recorded longer = SqlStatements
			.count(() -> get(path + "?page=1", cast.member()).andExpect(status().isOk()));
		assertThat(short_.count()).as(short_::describe).isBetween(1, 14);
		assertThat(longer.count()).as(longer::describe).isEqualTo(short_.count());
	}

	private long count(Cast cast) {
		return this.jdbc.queryForObject("select count(*) from discussion_thread where community_id = ?", Long.class,
				cast.community());
	}

}
