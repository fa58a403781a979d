package org.kring.expertise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.browser.TestMail;
import org.kring.expertise.internal.ExpertRequestSettings;
import org.kring.system.KringProperties;
import org.kring.system.FormPosts;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the request tests share: the whole application with MockMvc and mail caught by
 * {@link TestMail}; real accounts signed in as {@link TestPrincipal}s with the same id;
 * expert profiles and communities written straight into their tables; and after each test
 * every row and file the test added deleted again.
 */
@SystemTest
public abstract class ExpertRequestTestSupport {

	protected static final String PASSWORD = ExpertRequestFixtures.PASSWORD;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected AccountManagement accounts;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected ExpertRequestSettings settings;

	@Autowired
	protected KringProperties properties;

	protected ExpertRequestFixtures fixtures;

	@DynamicPropertySource
	static void catchMail(DynamicPropertyRegistry registry) {
		TestMail.register(registry);
	}

	@BeforeEach
	void fixtures() {
		this.fixtures = new ExpertRequestFixtures(this.jdbc, this.accounts,
				ExpertRequestFixtures.directoryOf(this.settings, this.properties));
	}

	@AfterEach
	void deleteWhatWasAdded() throws Exception {
		this.fixtures.deleteAll();
	}

	protected Path directory() {
		return this.fixtures.directory();
	}

	protected TestPrincipal member(String name) {
		return this.fixtures.person(name, InstanceRole.MEMBER, null);
	}

	protected TestPrincipal coordinator(String name) {
		return this.fixtures.person(name, InstanceRole.COORDINATOR, null);
	}

	protected TestPrincipal administrator(String name) {
		return this.fixtures.person(name, InstanceRole.ADMINISTRATOR, null);
	}

	protected TestPrincipal expert(String name, String visibility, @Nullable Locale language) {
		return this.fixtures.expert(name, visibility, language);
	}

	protected UUID community(TestPrincipal facilitator, TestPrincipal... members) {
		return this.fixtures.community(facilitator, members);
	}

	protected String emailOf(TestPrincipal person) {
		return this.fixtures.emailOf(person);
	}

	protected ResultActions get(String path, @Nullable TestPrincipal who) throws Exception {
		return this.mvc.perform(as(MockMvcRequestBuilders.get(path), who));
	}

	/** Posts a form as a browser does: with the form token of a page and its cookie. */
	protected ResultActions post(String path, @Nullable TestPrincipal who, String... params) throws Exception {
		return this.mvc.perform(tokened(MockMvcRequestBuilders.post(path), who, params));
	}

	/** Posts a form with files, as a browser does. */
	protected ResultActions upload(String path, @Nullable TestPrincipal who, List<MockMultipartFile> files,
			String... params) throws Exception {
		MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(path);
		files.forEach(request::file);
		return this.mvc.perform(tokened(request, who, params));
	}

	/**
	 * Asks experts for a review due in a week; expects it to be sent.
	 * @return the new request's id
	 */
	protected UUID ask(TestPrincipal asker, List<TestPrincipal> experts, MockMultipartFile... files) throws Exception {
		List<String> params = new ArrayList<>(List.of("kind", "REVIEW", "title", "Review our welcome guide", "question",
				"Is the guide clear for newcomers?", "dueOn",
				java.time.LocalDate.now(this.properties.timeZone()).plusDays(7).toString()));
		experts.forEach((expert) -> {
			params.add("expert");
			params.add(expert.id().toString());
		});
		MvcResult result = upload("/experts/requests/new", asker, List.of(files), params.toArray(String[]::new))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	protected static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("attachments", name, "application/octet-stream", content);
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B tokened(B request, @Nullable TestPrincipal who,
			String... params) throws Exception {
		return FormPosts.tokened(this.mvc, request, who, params);
	}

	protected static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, @Nullable TestPrincipal who) {
		return FormPosts.as(request, who);
	}

}
