package org.kring.discussion.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.account.PersonalData;
import org.kring.discussion.DiscussionMemberWarned;
import org.kring.discussion.internal.DiscussionThread;
import org.kring.discussion.internal.Post;
import org.kring.discussion.internal.ThreadDraft;
import org.kring.meeting.MeetingFixtures;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The moderation of discussions: who sees the queues and the log (a community's
 * facilitators and the administrators; a visitor is sent to log in, a reader who does not
 * moderate gets 403, someone who may not read the community 404), the flags in context,
 * every action with its reason (422 with the message next to the field and the text kept
 * when it is missing, 404 for a post of another community), the log, a warning's event, a
 * blocked person's rights in one community and not in another, and as many SQL statements
 * for a queue or log of 3 as of 25.
 */
@RecordApplicationEvents
class ModerationPagesTests extends DiscussionTestSupport {

	@Autowired
	ApplicationEvents events;

	@Autowired
	List<PersonalData> personalData;

	@Test
	void theQueuesAndTheLogAreForTheCommunitysModeratorsAndShowTheFlagsInContext() throws Exception {
		Cast cast = cast("PUBLIC");
		DiscussionThread thread = start(cast, cast.member(), "Rent offices", "Where is the *office*?", true);
		Post opening = newestPost(thread);
		Post reply = this.discussions.reply(cast.other(), thread.id(), "Buy cheap **watches** instead.", opening.id());
		this.discussions.flag(cast.member(), thread.id(), reply.id(), "Advertising watches");
		TestPrincipal elsewhere = member("Fiona Elsewhere");
		community("PUBLIC", elsewhere);
		String queue = cast.queue();

		for (String path : List.of(queue, queue + "/log", "/moderation")) {
			get(path, null).andExpect(redirectedUrl("/login"));
			get(path, cast.member()).andExpect(status().isForbidden());
			get(path, cast.other()).andExpect(status().isForbidden());
			get(path, cast.outsider()).andExpect(status().isForbidden());
		}
		get(queue, elsewhere).andExpect(status().isForbidden());
		get(queue + "/log", elsewhere).andExpect(status().isForbidden());
		assertThat(page("/moderation", elsewhere)).doesNotContain("Advertising watches");

		for (TestPrincipal moderator : new TestPrincipal[] { cast.facilitator(), cast.administrator() }) {
			assertThat(page(queue, moderator)).contains("Rent offices")
				.contains("href=\"" + queue + "/posts/" + reply.id() + "\"")
				.contains("<strong>watches</strong>")
				.contains("By Bert Other")
				.contains("Mila Member")
				.contains("<q>Advertising watches</q>")
				.contains("It quotes a post by Mila Member")
				.contains("<em>office</em>")
				.contains("action=\"" + queue + "/posts/" + reply.id() + "/hide\"")
				.doesNotContain("/posts/" + opening.id() + "/hide");
			assertThat(page("/moderation", moderator)).contains("<q>Advertising watches</q>")
				.contains("In Network " + cast.community().toString().substring(0, 6));
			assertThat(page(queue + "/log", moderator)).contains("No moderation actions yet.");
		}
		get(queue + "/posts/" + reply.id(), cast.facilitator())
			.andExpect(redirectedUrl(cast.path() + "/" + thread.id() + "#post-" + reply.id()));
		get("/communities/no-such-community/moderation", cast.facilitator()).andExpect(status().isNotFound());

		Cast secret = cast("MEMBERS_ONLY");
		get(secret.queue(), cast.outsider()).andExpect(status().isNotFound());
		get(secret.queue(), secret.member()).andExpect(status().isForbidden());
		assertThat(page(secret.queue(), secret.facilitator())).contains("No flagged post waits for a moderator.");
	}

	@Test
	void everyActionNeedsAReasonAndGoesIntoTheLog() throws Exception {
		Cast cast = cast("PUBLIC");
		DiscussionThread thread = start(cast, cast.member(), "Offers", "Anything to share?", true);
		Post reply = this.discussions.reply(cast.other(), thread.id(), "Cheap *watches* here.", null);
		this.threads.flags(reply.id(), "Spam", cast.member());
		String actions = cast.queue() + "/posts/" + reply.id();
		String threadPath = cast.path() + "/" + thread.id();

		post(actions + "/hide", null, "reason", "Spam").andExpect(redirectedUrl("/login"));
		for (TestPrincipal who : new TestPrincipal[] { cast.member(), cast.other(), cast.outsider() }) {
			post(actions + "/hide", who, "reason", "Spam").andExpect(status().isForbidden());
		}
		TestPrincipal elsewhere = member("Fiona Elsewhere");
		UUID otherCommunity = community("PUBLIC", elsewhere, cast.member());
		post(actions + "/hide", elsewhere, "reason", "Spam").andExpect(status().isForbidden());
		DiscussionThread foreign = this.discussions.start(cast.member(), otherCommunity,
				new ThreadDraft("Elsewhere", "Not yours to moderate.", null, true));
		post(cast.queue() + "/posts/" + newestPost(foreign).id() + "/hide", cast.facilitator(), "reason", "Spam")
			.andExpect(status().isNotFound());
		post(cast.queue() + "/posts/" + UUID.randomUUID() + "/hide", cast.facilitator(), "reason", "Spam")
			.andExpect(status().isNotFound());
		post(cast.queue() + "/posts/not-an-id/hide", cast.facilitator(), "reason", "Spam")
			.andExpect(status().isNotFound());
		post(actions + "/explode", cast.facilitator(), "reason", "Spam").andExpect(status().isNotFound());

		assertThat(refused(post(actions + "/hide", cast.facilitator(), "reason", "  "))).contains("Say why")
			.contains("id=\"reason-hide-form-error\"");
		String tooLong = "x".repeat(501);
		assertThat(refused(post(actions + "/warn", cast.facilitator(), "reason", tooLong)))
			.contains("A reason holds at most 500 characters.")
			.contains("value=\"" + tooLong + "\"");
		assertThat(page(threadPath, cast.member())).contains("<em>watches</em>");
		assertThat(log(cast)).isZero();

		post(actions + "/hide", cast.facilitator(), "reason", "Advertising", "back", threadPath)
			.andExpect(redirectedUrl(threadPath));
		assertThat(page(threadPath, cast.member())).doesNotContain("watches").contains("This post is hidden");
		assertThat(page(threadPath, null)).doesNotContain("watches");
		assertThat(page(threadPath + "?quote=" + reply.id(), cast.member())).doesNotContain("watches")
			.doesNotContain("name=\"quoted\"");
		assertThat(page(threadPath + "?quote=" + reply.id(), cast.facilitator()))
			.contains("&gt; Cheap *watches* here.");
		assertThat(page(threadPath, cast.facilitator())).contains("<em>watches</em>")
			.contains("action=\"" + actions + "/restore\"");
		assertThat(page(cast.queue(), cast.facilitator())).doesNotContain("watches");
		post(actions + "/dismiss", cast.facilitator(), "reason", "Fine").andExpect(status().isConflict());

		post(actions + "/restore", cast.administrator(), "reason", "A joke after all", "back", "https://evil.example")
			.andExpect(redirectedUrl(cast.queue()));
		assertThat(page(threadPath, cast.member())).contains("<em>watches</em>");
		post(actions + "/restore", cast.facilitator(), "reason", "Again").andExpect(status().isConflict());

		this.threads.flags(reply.id(), "Still spam", cast.outsider());
		assertThat(page(cast.queue(), cast.facilitator())).contains("<q>Still spam</q>").doesNotContain("<q>Spam</q>");
		post(actions + "/dismiss", cast.facilitator(), "reason", "Nothing wrong")
			.andExpect(redirectedUrl(cast.queue()));
		assertThat(page(cast.queue(), cast.facilitator())).doesNotContain("Still spam");
		assertThat(page(threadPath, cast.member())).contains("<em>watches</em>");

		String log = page(cast.queue() + "/log", cast.facilitator());
		assertThat(log)
			.containsSubsequence("Dismissed the flags of a post", "Nothing wrong", "Showed a post again",
					"A joke after all", "Hid a post", "Advertising")
			.contains("Ada Admin")
			.contains("Farida Facilitator")
			.contains("Bert Other")
			.contains("href=\"" + actions + "\"");
		assertThat(log(cast)).isEqualTo(3);
	}

	@Test
	void aWarningTellsTheAuthorAndIsLogged() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		DiscussionThread thread = start(cast, cast.member(), "Tone", "Be kind.", false);
		Post reply = this.discussions.reply(cast.other(), thread.id(), "Rude words.", null);
		String actions = cast.queue() + "/posts/" + reply.id();

		post(actions + "/warn", cast.member(), "reason", "Mind your tone").andExpect(status().isForbidden());
		post(actions + "/warn", cast.facilitator(), "reason", "").andExpect(status().isUnprocessableContent());
		assertThat(this.events.stream(DiscussionMemberWarned.class)).isEmpty();
		post(actions + "/warn", cast.facilitator(), "reason", "Mind your tone").andExpect(redirectedUrl(cast.queue()));
		assertThat(this.events.stream(DiscussionMemberWarned.class)).singleElement()
			.satisfies((warned) -> assertThat(warned.personId()).isEqualTo(cast.other().id()))
			.satisfies((warned) -> assertThat(warned.postId()).isEqualTo(reply.id()))
			.satisfies((warned) -> assertThat(warned.threadTitle()).isEqualTo("Tone"))
			.satisfies((warned) -> assertThat(warned.reason()).isEqualTo("Mind your tone"));
		assertThat(page(cast.queue() + "/log", cast.facilitator())).contains("Warned").contains("Mind your tone");
		post(cast.queue() + "/posts/" + newestPost(thread).id() + "/warn", cast.other(), "reason", "x")
			.andExpect(status().isForbidden());
	}

	@Test
	void aBlockedPersonReadsThePublicThreadsOnlyAndWritesNothingInThatCommunityOnly() throws Exception {
		Cast cast = cast("PUBLIC");
		DiscussionThread open = start(cast, cast.member(), "Open question", "Anyone?", true);
		DiscussionThread closed = start(cast, cast.member(), "Members only", "Among us.", false);
		Post own = this.discussions.reply(cast.other(), open.id(), "Spam spam.", null);
		UUID elsewhere = community("MEMBERS_ONLY", cast.facilitator(), cast.other());
		this.threads.settle(elsewhere, cast.other());
		DiscussionThread there = this.discussions.start(cast.facilitator(), elsewhere,
				new ThreadDraft("Elsewhere", "Hello.", null, false));
		String actions = cast.queue() + "/posts/" + own.id();

		post(actions + "/block", cast.member(), "reason", "Spammer").andExpect(status().isForbidden());
		post(actions + "/block", cast.facilitator(), "reason", "Spammer").andExpect(redirectedUrl(cast.queue()));
		post(actions + "/block", cast.facilitator(), "reason", "Again").andExpect(status().isConflict());

		String list = page(cast.path(), cast.other());
		assertThat(list).contains("Open question").doesNotContain("Members only").doesNotContain(cast.path() + "/new");
		assertThat(page(cast.path() + "/" + open.id(), cast.other())).contains("Anyone?")
			.doesNotContain("id=\"reply\"")
			.doesNotContain("/flag\"");
		get(cast.path() + "/" + closed.id(), cast.other()).andExpect(status().isNotFound());
		assertThat(blocked(get(cast.path() + "/new", cast.other()))).contains("A moderator blocked you");
		blocked(post(cast.path() + "/new", cast.other(), "title", "T", "text", "X"));
		blocked(post(cast.path() + "/" + open.id() + "/replies", cast.other(), "text", "Let me in"));
		blocked(post(cast.path() + "/" + open.id() + "/posts/" + newestPost(open).id() + "/flag", cast.other(),
				"reason", "Revenge"));
		blocked(get(cast.path() + "/" + open.id() + "/posts/" + own.id() + "/edit", cast.other()));
		blocked(post(cast.path() + "/" + open.id() + "/posts/" + own.id() + "/edit", cast.other(), "text", "Edited"));
		assertThat(this.discussions.posts(open.id(), 0).getTotalElements()).isEqualTo(2);

		String elsewhereList = "/communities/" + MeetingFixtures.slugOf(elsewhere) + "/discussions";
		post(elsewhereList + "/" + there.id() + "/replies", cast.other(), "text", "Still welcome here")
			.andExpect(status().is3xxRedirection());

		String queue = page(cast.queue(), cast.facilitator());
		assertThat(queue).contains("Blocked people").contains("<q>Spammer</q>");
		String unblock = cast.queue() + "/people/" + cast.other().id() + "/unblock";
		post(unblock, cast.member(), "reason", "Sorry").andExpect(status().isForbidden());
		assertThat(refused(post(unblock, cast.facilitator(), "reason", ""))).contains("Say why");
		post(unblock, cast.facilitator(), "reason", "Promised to behave").andExpect(redirectedUrl(cast.queue()));
		post(unblock, cast.facilitator(), "reason", "Twice").andExpect(status().isNotFound());
		post(cast.path() + "/" + closed.id() + "/replies", cast.other(), "text", "Back again")
			.andExpect(status().is3xxRedirection());
		assertThat(page(cast.queue() + "/log", cast.facilitator())).containsSubsequence("Lifted the block of",
				"Promised to behave", "Blocked", "Spammer");
	}

	@Test
	void aPersonsExportHoldsTheirBlocksAndModerationAndErasureKeepsTheLogWithoutThem() throws Exception {
		Cast cast = cast("PUBLIC");
		DiscussionThread thread = start(cast, cast.member(), "Offers", "Anything?", true);
		Post reply = this.discussions.reply(cast.other(), thread.id(), "Cheap watches.", null);
		String actions = cast.queue() + "/posts/" + reply.id();
		post(actions + "/warn", cast.facilitator(), "reason", "No ads please").andExpect(status().is3xxRedirection());
		post(actions + "/block", cast.facilitator(), "reason", "Ads again").andExpect(status().is3xxRedirection());
		PersonalData moderation = this.personalData.stream()
			.filter((data) -> data.section().equals("moderation"))
			.findFirst()
			.orElseThrow();

		assertThat(moderation.export(cast.other().id()).toString()).contains("blocks")
			.contains("Ads again")
			.contains("WARN")
			.contains("No ads please");
		assertThat(moderation.export(cast.facilitator().id()).toString()).contains("actionsByYou").contains("BLOCK");
		assertThat(moderation.export(cast.member().id())).isEmpty();

		moderation.erase(cast.other().id());
		moderation.erase(cast.facilitator().id());
		assertThat(moderation.export(cast.other().id())).isEmpty();
		assertThat(moderation.export(cast.facilitator().id())).isEmpty();
		assertThat(log(cast)).isEqualTo(2);
		assertThat(page(cast.queue() + "/log", cast.administrator())).contains("No ads please")
			.contains("Ads again")
			.doesNotContain("Bert Other")
			.doesNotContain("Farida Facilitator");
		post(cast.path() + "/" + thread.id() + "/replies", cast.other(), "text", "Free again")
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void moderatorsCannotBeBlocked() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		DiscussionThread thread = start(cast, cast.facilitator(), "Rules", "Be kind.", false);
		TestPrincipal second = member("Sam Second");
		this.fixtures.join(cast.community(), second, "FACILITATOR");
		post(cast.queue() + "/posts/" + newestPost(thread).id() + "/block", second, "reason", "Coup")
			.andExpect(status().isConflict());
		post(cast.queue() + "/posts/" + newestPost(thread).id() + "/block", cast.administrator(), "reason", "Coup")
			.andExpect(status().isConflict());
		assertThat(log(cast)).isZero();
	}

	@Test
	void theQueuesAndTheLogTakeAsManyStatementsWhateverTheirSize() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		TestPrincipal third = member("Tess Third");
		this.fixtures.join(cast.community(), third, "MEMBER");
		this.threads.settle(cast.community(), third);
		List<UUID> flagged = new ArrayList<>();
		UUID thread = this.threads.threads(cast.community(), cast.member(), 1).getFirst();
		SqlStatements.Recorded[] few = flag(cast, thread, 3, flagged, third);
		SqlStatements.Recorded[] many = flag(cast, thread, 22, flagged, third);
		assertThat(page(cast.queue() + "?page=1", cast.facilitator())).contains("Page 2 of 2");
		for (int i = 0; i < few.length; i++) {
			assertThat(few[i].count()).as(few[i]::describe).isBetween(1, 16);
			assertThat(many[i].count()).as(many[i]::describe).isEqualTo(few[i].count());
		}
	}

	/**
	 * Flags posts and logs as many actions, then counts the statements of the queue, the
	 * queue of all communities and the log.
	 */
	private SqlStatements.Recorded[] flag(Cast cast, UUID thread, int count, List<UUID> flagged, TestPrincipal third)
			throws Exception {
		for (int i = 0; i < count; i++) {
			Post reply = this.discussions.reply((i % 2 == 0) ? cast.other() : third, thread, "Reply " + i,
					flagged.isEmpty() ? null : flagged.getLast());
			this.threads.flags(reply.id(), "Reason " + i, cast.member(), cast.facilitator());
			flagged.add(reply.id());
			this.jdbc.update(
					"insert into discussion_moderation_log (id, community_id, moderator_id, action, person_id,"
							+ " thread_id, post_id, reason, created_at) values (?, ?, ?, 'WARN', ?, ?, ?, ?, ?)",
					UUID.randomUUID(), cast.community(), cast.facilitator().id(), cast.other().id(), thread, reply.id(),
					"Why " + i, Timestamp.from(Instant.now()));
		}
		return new SqlStatements.Recorded[] {
				SqlStatements.count(() -> get(cast.queue(), cast.facilitator()).andExpect(status().isOk())),
				SqlStatements.count(() -> get("/moderation", cast.facilitator()).andExpect(status().isOk())),
				SqlStatements.count(() -> get(cast.queue() + "/log", cast.facilitator()).andExpect(status().isOk())) };
	}

	private long log(Cast cast) {
		return this.jdbc.queryForObject("select count(*) from discussion_moderation_log where community_id = ?",
				Long.class, cast.community());
	}

	private static String blocked(ResultActions result) throws Exception {
		String page = result.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("A moderator blocked you from the discussions of");
		return page;
	}

}
