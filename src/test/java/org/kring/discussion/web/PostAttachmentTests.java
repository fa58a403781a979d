package org.kring.discussion.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.discussion.DiscussionFixtures;
import org.kring.discussion.internal.Attachments;
import org.kring.discussion.internal.DiscussionThread;
import org.kring.discussion.internal.Discussions;
import org.kring.discussion.internal.Post;
import org.kring.discussion.internal.PostAttachment;
import org.kring.discussion.internal.ThreadDraft;
import org.kring.expertise.SampleFiles;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.system.FormPosts;
import org.kring.system.TestPrincipal;
import org.kring.system.files.Upload;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files attached to posts: images and PDFs recognised by their content, shown with the
 * post to whoever reads it and fetched only by them; anything else, an empty file or too
 * many refused next to the field with the text kept; a new member's first posts without
 * files; a deleted post's files gone from disk; and as many SQL statements for a page of
 * 3 posts with files as for one of 20.
 */
class PostAttachmentTests extends MeetingTestSupport {

	@Autowired
	Discussions discussions;

	@Autowired
	Attachments attachments;

	private DiscussionFixtures threads;

	@BeforeEach
	void threads() {
		this.threads = new DiscussionFixtures(this.jdbc, this.fixtures);
	}

	@AfterEach
	void deleteThreads() {
		this.threads.deleteAll();
	}

	@Test
	void aReplyCarriesAnImageAndAPdfThatOnlyItsReadersFetch() throws Exception {
		TestPrincipal facilitator = member("Farida Facilitator");
		TestPrincipal member = member("Mila Member");
		TestPrincipal outsider = member("Otto Outsider");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		this.threads.settle(community, member);
		DiscussionThread thread = start(member, community);
		String path = path(community) + "/" + thread.id();

		reply(path, member, "Here is the leaflet and a photo.", file("photo.png", SampleFiles.png()),
				file("leaflet.pdf", SampleFiles.pdf()))
			.andExpect(redirectedUrlPattern(path + "#post-*"));
		Post reply = newestPost(thread);
		List<PostAttachment> files = this.attachments.of(List.of(reply.id())).get(reply.id());
		assertThat(files).extracting(PostAttachment::name).containsExactly("photo.png", "leaflet.pdf");
		assertThat(files).extracting(PostAttachment::contentType).containsExactly("image/png", "application/pdf");
		String image = path + "/posts/" + reply.id() + "/files/" + files.get(0).id();
		String pdf = path + "/posts/" + reply.id() + "/files/" + files.get(1).id();

		assertThat(page(path, facilitator)).contains("<img src=\"" + image + "\" alt=\"photo.png\"")
			.contains("<a href=\"" + pdf + "\"><bdi>leaflet.pdf</bdi></a>");
		get(image, member).andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(SampleFiles.png()));
		get(pdf, facilitator).andExpect(status().isOk()).andExpect(content().bytes(SampleFiles.pdf()));
		get(image, outsider).andExpect(status().isNotFound());
		get(image, null).andExpect(status().isNotFound());
		get(path + "/posts/" + reply.id() + "/files/" + UUID.randomUUID(), member).andExpect(status().isNotFound());
		Post opening = this.discussions.posts(thread.id(), 0).getContent().getFirst();
		get(path + "/posts/" + opening.id() + "/files/" + files.get(0).id(), member).andExpect(status().isNotFound());

		Path onDisk = this.attachments.pathOf(files.get(0));
		assertThat(onDisk).exists();
		post(path + "/posts/" + reply.id() + "/delete", member).andExpect(status().is3xxRedirection());
		assertThat(onDisk).doesNotExist();
		get(image, member).andExpect(status().isNotFound());
		assertThat(page(path, member)).doesNotContain("/files/");
	}

	@Test
	void aFileThatIsNoImageOrPdfAnEmptyOneOrTooManyAreRefusedNextToTheFieldWithTheTextKept() throws Exception {
		TestPrincipal member = member("Mila Member");
		UUID community = community("MEMBERS_ONLY", member("Farida Facilitator"), member);
		this.threads.settle(community, member);
		DiscussionThread thread = start(member, community);
		String path = path(community) + "/" + thread.id();

		assertThat(refused(reply(path, member, "My draft text", file("minutes.docx", SampleFiles.docx()))))
			.contains("id=\"files-error\"")
			.contains("“minutes.docx” is not an image (PNG, JPEG) or a PDF.")
			.contains(">My draft text</textarea>");
		assertThat(refused(reply(path, member, "Script",
				file("photo.png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))))
			.contains("“photo.png” is not an image (PNG, JPEG) or a PDF.");
		assertThat(refused(reply(path, member, "Empty", file("empty.pdf", new byte[0]))))
			.contains("“empty.pdf” is empty. Choose the file again.");
		MockMultipartFile[] six = new MockMultipartFile[Attachments.MAX_PER_POST + 1];
		for (int i = 0; i < six.length; i++) {
			six[i] = file("page" + i + ".png", SampleFiles.png());
		}
		assertThat(refused(reply(path, member, "Many", six))).contains("A post carries at most 5 files.");
		assertThat(refused(reply(path, member, "", file("photo.png", SampleFiles.png()))))
			.contains("id=\"text-error\"");
		assertThat(this.jdbc.queryForObject("select count(*) from discussion_attachment", Long.class)).isZero();
		assertThat(this.discussions.posts(thread.id(), 0).getTotalElements()).isEqualTo(1);

		TestPrincipal newcomer = member("Nina Newcomer");
		this.fixtures.join(community, newcomer, "MEMBER");
		assertThat(refused(reply(path, newcomer, "Hello all", file("photo.png", SampleFiles.png()))))
			.contains("your posts cannot carry files")
			.contains(">Hello all</textarea>");
		reply(path, newcomer, "Hello all").andExpect(status().is3xxRedirection());
	}

	@Test
	void aThreadStartsWithAFileAndAHiddenPostsFilesReachOnlyModerators() throws Exception {
		TestPrincipal facilitator = member("Farida Facilitator");
		TestPrincipal author = member("Mila Member");
		TestPrincipal[] flaggers = { member("Bert"), member("Cleo"), member("Dirk") };
		UUID community = community("MEMBERS_ONLY", facilitator, author, flaggers[0], flaggers[1], flaggers[2]);
		this.threads.settle(community, author, flaggers[0], flaggers[1], flaggers[2]);
		MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(path(community) + "/new");
		request.file(file("rota.jpg", SampleFiles.jpeg()));
		this.mvc.perform(FormPosts.tokened(this.mvc, request, author, "title", "Cleaning rota", "text", "The rota."))
			.andExpect(status().is3xxRedirection());
		UUID threadId = this.jdbc.queryForObject("select id from discussion_thread where title = 'Cleaning rota'",
				UUID.class);
		Post opening = this.discussions.posts(threadId, 0).getContent().getFirst();
		PostAttachment rota = this.attachments.of(List.of(opening.id())).get(opening.id()).getFirst();
		String file = path(community) + "/" + threadId + "/posts/" + opening.id() + "/files/" + rota.id();
		get(file, flaggers[0]).andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"));

		for (TestPrincipal flagger : flaggers) {
			this.discussions.flag(flagger, threadId, opening.id(), "Private data");
		}
		get(file, flaggers[0]).andExpect(status().isNotFound());
		assertThat(page(path(community) + "/" + threadId, flaggers[0])).doesNotContain("/files/");
		get(file, facilitator).andExpect(status().isOk());
	}

	@Test
	void aPageOfPostsWithFilesTakesAsManyStatementsForThreeAsForTwenty() throws Exception {
		TestPrincipal member = member("Mila Member");
		UUID community = community("MEMBERS_ONLY", member("Farida Facilitator"), member);
		this.threads.settle(community, member);
		DiscussionThread few = start(member, community);
		DiscussionThread many = start(member, community);
		for (int i = 0; i < 2; i++) {
			this.discussions.reply(member, few.id(), "Photo " + i, null,
					List.of(upload("p" + i + ".png", SampleFiles.png())));
		}
		for (int i = 0; i < Discussions.PAGE_SIZE - 1; i++) {
			this.discussions.reply(member, many.id(), "Photo " + i, null,
					List.of(upload("p" + i + ".png", SampleFiles.png()), upload("q" + i + ".pdf", SampleFiles.pdf())));
		}
		var short_ = SqlStatements
			.count(() -> get(path(community) + "/" + few.id(), member).andExpect(status().isOk()));
		var longer = SqlStatements
			.count(() -> get(path(community) + "/" + many.id(), member).andExpect(status().isOk()));
		assertThat(page(path(community) + "/" + many.id(), member)).contains("q18.pdf");
		assertThat(longer.count()).as(longer::describe).isEqualTo(short_.count());
	}

	private DiscussionThread start(TestPrincipal author, UUID community) {
		return this.discussions.start(author, community, new ThreadDraft("Leaflets", "Opening post.", null, false));
	}

	private Post newestPost(DiscussionThread thread) {
		return this.discussions.posts(thread.id(), 0).getContent().getLast();
	}

	private ResultActions reply(String threadPath, TestPrincipal who, String text, MockMultipartFile... files)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(threadPath + "/replies");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return this.mvc.perform(FormPosts.tokened(this.mvc, request, who, "text", text));
	}

	private static Upload upload(String name, byte[] content) {
		return new Upload(name, content.length, () -> new ByteArrayInputStream(content));
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "application/octet-stream", content);
	}

	private static String refused(ResultActions result) throws Exception {
		return result.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
	}

	private String page(String path, @Nullable TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String path(UUID community) {
		return "/communities/" + MeetingFixtures.slugOf(community) + "/discussions";
	}

}
