package org.kring.discussion.internal;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.discussion.DiscussionFixtures;
import org.kring.expertise.SampleFiles;
import org.kring.meeting.MeetingTestSupport;
import org.kring.search.internal.SearchIndex;
import org.kring.system.TestPrincipal;
import org.kring.system.files.Upload;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's discussions in their personal data: the threads they started, their posts
 * with their files and their flags are exported; erasure deletes their posts (text, files
 * and search entries) and the threads only they wrote in, forgets their flags, and keeps
 * the others' posts and the threads others wrote in.
 */
class DiscussionPersonalDataTests extends MeetingTestSupport {

	@Autowired
	DiscussionPersonalData personalData;

	@Autowired
	Discussions discussions;

	@Autowired
	Attachments attachments;

	@Autowired
	SearchIndex index;

	private DiscussionFixtures threads;

	@BeforeEach
	void threads() {
		this.threads = new DiscussionFixtures(this.jdbc, this.fixtures);
		this.index.lastRebuild().join();
	}

	@AfterEach
	void deleteThreads() {
		this.threads.deleteAll();
	}

	@Test
	void aPersonsPostsFilesAndFlagsAreExportedAndErasedWhileOthersPostsStay() throws Exception {
		TestPrincipal farida = member("Farida Facilitator");
		TestPrincipal mila = member("Mila Member");
		TestPrincipal bert = member("Bert Other");
		UUID community = community("MEMBERS_ONLY", farida, mila, bert);
		this.threads.settle(community, mila, bert);
		DiscussionThread own = this.discussions.start(mila, community,
				new ThreadDraft("My own question", "Only I wrote here.", null, false));
		DiscussionThread shared = this.discussions.start(farida, community,
				new ThreadDraft("Shared thread", "Opening by Farida.", null, false));
		byte[] png = SampleFiles.png();
		Post mine = this.discussions.reply(mila, shared.id(), "My wintergreen remark.", null,
				List.of(new Upload("me.png", png.length, () -> new ByteArrayInputStream(png))));
		Post his = this.discussions.reply(bert, shared.id(), "Bert answers.", null);
		this.discussions.flag(mila, shared.id(), his.id(), "Off topic");
		Path file = this.attachments.pathOf(this.attachments.of(List.of(mine.id())).get(mine.id()).getFirst());
		assertThat(search("wintergreen", farida)).contains(mine.id().toString());

		Map<String, Object> export = this.personalData.export(mila.id());
		assertThat(export).containsOnlyKeys("threads", "posts", "files", "flags");
		assertThat(export.get("threads").toString()).contains("My own question").doesNotContain("Shared thread");
		assertThat(export.get("posts").toString()).contains("Only I wrote here.", "My wintergreen remark.")
			.doesNotContain("Bert answers.");
		assertThat(export.get("files").toString()).contains("me.png");
		assertThat(export.get("flags").toString()).contains("Off topic");

		this.personalData.erase(mila.id());

		assertThat(this.personalData.export(mila.id())).isEmpty();
		assertThat(this.discussions.thread(own.id())).isEmpty();
		assertThat(this.discussions.thread(shared.id())).isPresent();
		List<Post> posts = this.discussions.posts(shared.id(), 0).getContent();
		assertThat(posts).extracting(Post::text).containsExactly("Opening by Farida.", "", "Bert answers.");
		assertThat(file).doesNotExist();
		assertThat(this.jdbc.queryForObject("select count(*) from discussion_flag where post_id = ?", Long.class,
				his.id()))
			.isZero();
		assertThat(search("wintergreen", farida)).doesNotContain(mine.id().toString());
	}

	private String search(String words, TestPrincipal who) throws Exception {
		return get("/search?q=" + words, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
